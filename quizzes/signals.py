"""What happens in the quizzes, announced for the apps above (reports) to react to."""

from django.dispatch import Signal

# In the transaction that grades an attempt (once per attempt: the conditional UPDATE lets one submission through),
# with ``attempt``, ``user``, ``course_key``, ``kind`` (pretest, module, assessment, ...) and ``score`` (percent).
# A receiver's write commits or rolls back with the grade.
quiz_graded = Signal()
