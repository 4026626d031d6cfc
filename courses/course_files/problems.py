"""What the course reader reports: every problem with its file and line, all of them at once."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str  # path inside the course folder or ZIP, with forward slashes
    line: int  # 1-based; 0 when the problem concerns the whole file
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class Problems(list):
    """A list of ``Problem`` with a shorthand to add one."""

    def add(self, file: str, line: int, message: str) -> None:
        self.append(Problem(file, line, message))


class CourseFilesRefused(Exception):
    """The files have problems; nothing was changed. ``problems`` lists them in file order."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda problem: (problem.file, problem.line))
        super().__init__("\n".join(str(problem) for problem in self.problems))
