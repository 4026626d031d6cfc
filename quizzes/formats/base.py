from dataclasses import dataclass, field

# The codes of the first question types, which the file formats name; every type, these included, is an object in
# ``quizzes.types`` (its module says how it is drawn, answered, graded and written in GIFT).
SINGLE = "single"
MULTIPLE = "multiple"
TRUE_FALSE = "true_false"
MATCHING = "matching"


@dataclass
class ParsedOption:
    text: str  # sanitised HTML-free text or Markdown (see ParsedQuestion.text_format)
    weight: float  # fraction of the question's mark, -1.0 .. 1.0 (GIFT percentages / 100); 1.0 or 0.0 in Aiken
    feedback: str = ""


@dataclass
class ParsedPair:
    left: str
    right: str


@dataclass
class ParsedQuestion:
    line: int  # 1-based line where the question starts in the file
    type: str  # a question type's code (quizzes.types.registry)
    name: str  # GIFT ::title::, or the first words of the stem
    stem: str  # Markdown; HTML from a GIFT [html] question is converted or sanitised to safe Markdown/text
    category: str = ""  # from the last $CATEGORY: line, e.g. "indicators" or "top/indicators"
    options: list[ParsedOption] = field(default_factory=list)  # choices; accepted answers (short answer)
    pairs: list[ParsedPair] = field(default_factory=list)  # matching; a pair with no left item is a distractor
    general_feedback: str = ""  # GIFT ####general feedback; becomes the explanation


@dataclass
class Problem:
    line: int
    name: str
    reason: str


@dataclass
class ParseResult:
    questions: list[ParsedQuestion] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)  # malformed: the whole file is refused
    skipped: list[Problem] = field(default_factory=list)  # well-formed but unsupported (essay, numerical)

    @property
    def ok(self) -> bool:
        return not self.errors
