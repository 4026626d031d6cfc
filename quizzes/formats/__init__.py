"""Question-bank file formats: Moodle's GIFT (import and export) and Aiken (import).

Parsers are pure Python and know nothing of the database: they turn text into ``ParsedQuestion`` objects, with
an error per bad question (line number and reason) and a note per question of a type the platform does not
support. ``quizzes.importing`` decides what to store.
"""
