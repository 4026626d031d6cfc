"""Reference data every installation needs: the regions of Ukraine and the role groups.

The data migration holds a frozen copy; this is for ``load_demo``, ``setup_site`` and the test suite, so a
database flushed by a transactional test can be restored the same way.
"""

import csv
from pathlib import Path

from django.contrib.auth.models import Group

from . import roles
from .models import Region

REGIONS_CSV = Path(__file__).resolve().parent / "data" / "regions.csv"


def load_regions(region_model) -> None:
    with REGIONS_CSV.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            region_model.objects.update_or_create(
                iso_code=row["iso_3166_2"], defaults={"name_en": row["name_en"], "name_uk": row["name_uk"]}
            )


def create_role_groups(group_model) -> None:
    for name in roles.CREATED_GROUPS:
        group_model.objects.get_or_create(name=name)


def ensure_reference_data() -> None:
    load_regions(Region)
    create_role_groups(Group)
