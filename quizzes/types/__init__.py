"""Question types: one module per type, one template per type (``templates/quizzes/types/<code>.html``), and
``registry`` to find them. See ``base.QuestionType`` for what a type does."""
