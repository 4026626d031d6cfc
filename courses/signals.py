"""What happens to a learner's progress, announced for the apps above (certificates, reports) to react to.

Two kinds of event. Those sent *inside* the transaction that records the change (``enrolled``,
``lesson_completed``, ``enrollment_completed``) are for data that must commit or roll back with it, such as the
report summary: a receiver's write is part of the same transaction, and a receiver's error undoes the change.
``course_completed`` is sent *after* the transaction commits, for side effects that must not happen for a change
that was rolled back (issuing and rendering a certificate, later xAPI statements).
"""

from django.dispatch import Signal

# In the transaction that creates an enrolment, with ``enrollment``. Sent once per new enrolment (a second click
# finds the row and sends nothing).
enrolled = Signal()

# In the transaction that records a lesson completion for the first time (the unique constraint makes it the
# first), with ``user``, ``course_key`` and ``lesson_key``.
lesson_completed = Signal()

# In the transaction that marks an enrolment complete, with ``enrollment``, ``user`` and ``at`` (the completion
# time). Sent once per enrolment: the conditional UPDATE lets one of two concurrent completions through.
enrollment_completed = Signal()

# Sent once per enrolment, after the transaction that completed the course commits, with ``enrollment`` and
# ``user``. Certificates, reports and (later) xAPI statements listen here: the one completion event.
course_completed = Signal()
