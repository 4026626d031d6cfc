"""What the courses app holds about a learner, for the "download my data" export."""

from .models import Enrollment, LessonCompletion


def export_learning(user) -> dict:
    return {
        "enrolments": [
            {
                "course": row["course_title"],
                "enrolled_at": row["enrolled_at"].isoformat(),
                "completed_at": row["completed_at"].isoformat() if row["completed_at"] else None,
            }
            for row in Enrollment.objects.filter(user=user).values("course_title", "enrolled_at", "completed_at")
        ],
        "lesson_completions": [
            {"lesson": row["lesson_title"], "completed_at": row["completed_at"].isoformat()}
            for row in LessonCompletion.objects.filter(user=user).values("lesson_title", "completed_at")
        ],
    }
