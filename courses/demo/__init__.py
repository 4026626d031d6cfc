"""The demo curriculum: four courses, one per audience, from ../shared/content-brief.md, in Ukrainian and English.

Each course is a folder here in the format of ``docs/course-format.md`` (Markdown lessons, GIFT question banks),
read by the same reader as ``manage.py import_course``; ``load_demo`` publishes them. Facts the brief marks as
unverified are never graded answers. Names in cases are pseudonyms or composites.
"""

from pathlib import Path

from courses.course_files import read_course, source_from_folder

FOLDER = Path(__file__).resolve().parent
ORDER = ["nrm-social-services", "judges-prosecutors", "border-guards-police", "school-teachers"]


def demo_courses() -> list[dict]:
    """The course specs, read from the folders (raises ``CourseFilesRefused`` if a file has a problem)."""
    return [read_course(source_from_folder(FOLDER / slug)) for slug in ORDER]


COURSES = demo_courses()
