from django.dispatch import Signal

# Sent once per enrolment, after the transaction that completed the course commits, with ``enrollment`` and
# ``user``. Certificates, reports and (later) xAPI statements listen here: the one completion event.
course_completed = Signal()
