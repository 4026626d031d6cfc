"""The demo curriculum: four courses, one per audience, from ../shared/content-brief.md, in Ukrainian and English.

Facts the brief marks as unverified are never graded answers. Names in cases are pseudonyms or composites.
"""

from .border import COURSE as BORDER
from .justice import COURSE as JUSTICE
from .nrm import COURSE as NRM
from .schools import COURSE as SCHOOLS

COURSES = [NRM, JUSTICE, BORDER, SCHOOLS]
