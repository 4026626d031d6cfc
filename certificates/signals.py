"""What happens to certificates, announced for the apps above (reports) to react to."""

from django.dispatch import Signal

# In the transaction that issues a certificate (once per issue number: the unique constraint lets one of two
# concurrent issues win), with ``certificate`` and ``enrollment``. A receiver's write commits or rolls back with it.
certificate_issued = Signal()
