from .models import Attempt


def export_attempts(user) -> list[dict]:
    return [
        {
            "quiz": row["quiz_title"],
            "attempt": row["number"],
            "started_at": row["started_at"].isoformat(),
            "submitted_at": row["submitted_at"].isoformat() if row["submitted_at"] else None,
            "score": float(row["score"]) if row["score"] is not None else None,
            "passed": row["passed"],
        }
        for row in Attempt.objects.filter(user=user)
        .order_by("started_at")
        .values("quiz_title", "number", "started_at", "submitted_at", "score", "passed")
    ]
