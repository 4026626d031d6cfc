"""Small builders that keep the demo curriculum readable: one call per lesson or question, both languages side
by side, producing the data shapes ``courses.demo_loader`` and ``quizzes.demo_loader`` read."""


def md(en: str, uk: str) -> tuple:
    return ("markdown", en.strip()), ("markdown", uk.strip())


def callout(kind: str, en_title: str, en_text: str, uk_title: str, uk_text: str) -> tuple:
    return (
        ("callout", {"kind": kind, "title": en_title, "text": en_text.strip()}),
        ("callout", {"kind": kind, "title": uk_title, "text": uk_text.strip()}),
    )


def case(en: dict, uk: dict) -> tuple:
    return ("case_study", en), ("case_study", uk)


def terms(pairs: list[tuple[str, str, str, str]]) -> tuple:
    """(term_en, definition_en, term_uk, definition_uk) rows."""
    return (
        ("key_terms", [{"term": t, "definition": d} for t, d, _tu, _du in pairs]),
        ("key_terms", [{"term": tu, "definition": du} for _t, _d, tu, du in pairs]),
    )


def sources(*citations: tuple[str, str]) -> tuple:
    """(citation, url) pairs; the same citations in both languages."""
    value = [{"citation": citation, "url": url} for citation, url in citations]
    return ("sources", value), ("sources", value)


def lesson(slug, minutes, titles, objectives, *blocks) -> dict:
    return {
        "slug": slug,
        "minutes": minutes,
        "en": {"title": titles[0], "objective": objectives[0], "body": [block[0] for block in blocks]},
        "uk": {"title": titles[1], "objective": objectives[1], "body": [block[1] for block in blocks]},
    }


def module(slug, titles, summaries, lessons) -> dict:
    return {
        "slug": slug,
        "en": {"title": titles[0], "summary": summaries[0]},
        "uk": {"title": titles[1], "summary": summaries[1]},
        "lessons": lessons,
    }


TRUE_FALSE = {"en": ("True", "False"), "uk": ("Правда", "Неправда")}


def question(
    qtype, module_slug, tags, stem, explanation, options=(), pairs=(), scenario=("", ""), source=("", "")
) -> dict:
    """``stem``, ``explanation``, ``scenario``, ``source``: (en, uk). ``options``: (en, uk, correct, feedback_en,
    feedback_uk). For true/false, ``options`` is just the right answer: True or False, with feedback for each choice.
    ``source`` names what the explanation rests on (instrument and article, or document); every graded question
    needs one, because practitioners act on what the explanation tells them."""
    data = {"type": qtype, "tags": list(tags), "module": module_slug}
    for index, language in enumerate(("en", "uk")):
        text = {
            "stem": stem[index],
            "scenario": scenario[index],
            "explanation": explanation[index],
            "source": source[index],
            "pairs": [],
        }
        if qtype == "true_false":
            right, feedback = options  # feedback: ((en_true, uk_true), (en_false, uk_false))
            text["options"] = [
                {"text": TRUE_FALSE[language][0], "correct": right is True, "feedback": feedback[0][index]},
                {"text": TRUE_FALSE[language][1], "correct": right is False, "feedback": feedback[1][index]},
            ]
        elif qtype == "matching":
            text["options"] = []
            text["pairs"] = [{"left": pair[index * 2], "right": pair[index * 2 + 1]} for pair in pairs]
        else:
            text["options"] = [
                {"text": option[index], "correct": option[2], "feedback": option[3 + index]} for option in options
            ]
        data[language] = text
    return data


def course(slug, audiences, hours, section, en, uk, modules, questions) -> dict:
    return {
        "slug": slug,
        "audiences": audiences,
        "estimated_hours": hours,
        "section": section,
        "en": en,
        "uk": uk,
        "modules": modules,
        "questions": questions,
    }
