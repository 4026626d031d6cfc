"""An append-only record of who touched personal data: exports, learner lists, revocations, role changes."""
