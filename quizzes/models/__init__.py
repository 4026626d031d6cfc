from .attempts import Attempt
from .bank import MatchPair, Option, Question, QuestionBank, QuestionTag
from .pages import DrawRule, QuizPage

__all__ = ["Attempt", "DrawRule", "MatchPair", "Option", "Question", "QuestionBank", "QuestionTag", "QuizPage"]
