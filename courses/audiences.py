"""The fixed audience list. Order is the order shown in the catalogue filter."""

AUDIENCES = [
    ("nrm-social", "Соціальні служби та суб'єкти НМВ", "NRM stakeholders and social services"),
    ("justice", "Судді та прокурори", "Judges and prosecutors"),
    ("border-police", "Прикордонники та поліція", "Border guards and police"),
    ("schools", "Вчителі та школи", "Teachers and schools"),
    ("medical", "Медичні працівники", "Medical staff"),
    ("ngo", "Громадські організації", "NGOs"),
]


def load_audiences(audience_model) -> None:
    for order, (slug, name_uk, name_en) in enumerate(AUDIENCES):
        audience_model.objects.update_or_create(
            slug=slug, defaults={"name_uk": name_uk, "name_en": name_en, "sort_order": order}
        )
