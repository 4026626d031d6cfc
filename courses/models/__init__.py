from .pages import CourseIndexPage, CoursePage, LessonPage, ModulePage
from .progress import Enrollment, LessonCompletion
from .taxonomy import Audience

__all__ = ["Audience", "CourseIndexPage", "CoursePage", "Enrollment", "LessonCompletion", "LessonPage", "ModulePage"]
