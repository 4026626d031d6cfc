from django.db import migrations

# Frozen here (a migration never imports live code, which may change after it ran): the 27 regions as
# ``accounts/data/regions.csv`` held them, and the role groups of that time.
REGIONS = [
    ("UA-05", "Vinnytsia Oblast", "Вінницька область"),
    ("UA-07", "Volyn Oblast", "Волинська область"),
    ("UA-09", "Luhansk Oblast", "Луганська область"),
    ("UA-12", "Dnipropetrovsk Oblast", "Дніпропетровська область"),
    ("UA-14", "Donetsk Oblast", "Донецька область"),
    ("UA-18", "Zhytomyr Oblast", "Житомирська область"),
    ("UA-21", "Zakarpattia Oblast", "Закарпатська область"),
    ("UA-23", "Zaporizhzhia Oblast", "Запорізька область"),
    ("UA-26", "Ivano-Frankivsk Oblast", "Івано-Франківська область"),
    ("UA-30", "Kyiv City", "місто Київ"),
    ("UA-32", "Kyiv Oblast", "Київська область"),
    ("UA-35", "Kirovohrad Oblast", "Кіровоградська область"),
    ("UA-40", "Sevastopol City", "місто Севастополь"),
    ("UA-43", "Autonomous Republic of Crimea", "Автономна Республіка Крим"),
    ("UA-46", "Lviv Oblast", "Львівська область"),
    ("UA-48", "Mykolaiv Oblast", "Миколаївська область"),
    ("UA-51", "Odesa Oblast", "Одеська область"),
    ("UA-53", "Poltava Oblast", "Полтавська область"),
    ("UA-56", "Rivne Oblast", "Рівненська область"),
    ("UA-59", "Sumy Oblast", "Сумська область"),
    ("UA-61", "Ternopil Oblast", "Тернопільська область"),
    ("UA-63", "Kharkiv Oblast", "Харківська область"),
    ("UA-65", "Kherson Oblast", "Херсонська область"),
    ("UA-68", "Khmelnytskyi Oblast", "Хмельницька область"),
    ("UA-71", "Cherkasy Oblast", "Черкаська область"),
    ("UA-74", "Chernihiv Oblast", "Чернігівська область"),
    ("UA-77", "Chernivtsi Oblast", "Чернівецька область"),
]
GROUPS = ["Educators", "Trainers", "Coordinators"]


def forwards(apps, schema_editor):
    Region = apps.get_model("accounts", "Region")
    for iso_code, name_en, name_uk in REGIONS:
        Region.objects.update_or_create(iso_code=iso_code, defaults={"name_en": name_en, "name_uk": name_uk})
    Group = apps.get_model("auth", "Group")
    for name in GROUPS:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
