"""Item analysis for one quiz: per question, the share answering correctly and a discrimination index.

Discrimination compares the top and bottom 27% of attempts by total score (Kelley's groups): D = p_top - p_bottom.
A question that strong learners get right and weak learners miss has D near 1; near 0 or negative, it does not
tell them apart (or is misleading).
"""

from quizzes.models import Question

GROUP_SHARE = 0.27


def item_analysis(attempts) -> list[dict]:
    rows = list(attempts.filter(results__isnull=False).values_list("score", "results"))
    if not rows:
        return []
    rows.sort(key=lambda row: row[0] or 0)
    size = max(1, int(len(rows) * GROUP_SHARE))
    bottom, top = rows[:size], rows[-size:]

    def shares(group):
        totals, right = {}, {}
        for _score, results in group:
            for result in results:
                question = result["question"]
                totals[question] = totals.get(question, 0) + 1
                right[question] = right.get(question, 0) + (1 if result["score"] >= 0.999 else 0)
        return {question: right[question] / totals[question] for question in totals}, totals

    overall, counts = shares(rows)
    top_shares, _ = shares(top)
    bottom_shares, _ = shares(bottom)
    names = dict(Question.objects.filter(pk__in=list(overall)).values_list("pk", "name"))
    items = [
        {
            "question": question,
            "label": names.get(question, f"#{question}"),
            "answered": counts[question],
            "correct": round(100 * overall[question], 1),
            "discrimination": round(top_shares.get(question, 0) - bottom_shares.get(question, 0), 2),
        }
        for question in overall
    ]
    return sorted(items, key=lambda item: item["correct"])
