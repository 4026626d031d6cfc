"""Tables as CSV (streamed row by row: memory stays flat) or XLSX (openpyxl's write-only mode).

The one place the project writes spreadsheets. Cells hold what learners typed (names, organisations, positions),
and a spreadsheet program runs a cell that starts with ``=`` (or ``+ - @``) as a formula: ``=HYPERLINK(...)`` in an
organisation would be a live link, or worse, in the trainer's Excel. So every text cell is made inert here: in XLSX
it is stored as a string cell, never a formula (as Wagtail's own spreadsheet export does); in CSV, which has no
cell types, it gets a leading apostrophe (OWASP's advice), which spreadsheet programs read as "this is text".
Numbers stay numbers.
"""

import csv
import tempfile

from django.http import FileResponse, StreamingHttpResponse

# What spreadsheet programs take as the start of a formula (tab and carriage return too: some strip them first).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A value as a CSV cell that no spreadsheet program runs: text that looks like a formula gets a ``'``."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class _Echo:
    def write(self, value):
        return value


def csv_lines(header: list[str], rows):
    """The lines of a CSV file (a BOM first), every cell through ``csv_cell``."""
    writer = csv.writer(_Echo())
    yield "\ufeff"  # a BOM, so that spreadsheet programs read the Cyrillic correctly
    yield writer.writerow([csv_cell(cell) for cell in header])
    for row in rows:
        yield writer.writerow([csv_cell(cell) for cell in row])


def csv_response(filename: str, header: list[str], rows) -> StreamingHttpResponse:
    response = StreamingHttpResponse(csv_lines(header, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_cells(sheet, row) -> list:
    """A row as write-only cells: text is a string cell whatever it starts with, numbers stay numbers."""
    from openpyxl.cell import WriteOnlyCell

    cells = []
    for value in row:
        if value is not None and not isinstance(value, bool | int | float):
            value = str(value)
        cell = WriteOnlyCell(sheet, value)
        if cell.data_type == "f":
            # openpyxl takes any text starting with "=" for a formula; this one is what a user typed.
            cell.data_type = "s"
        cells.append(cell)
    return cells


def write_xlsx(handle, title: str, header: list[str], rows) -> int:
    """Write a workbook of one sheet to ``handle`` (openpyxl's write-only mode). Returns the number of rows."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.append(xlsx_cells(sheet, header))
    count = 0
    for row in rows:
        sheet.append(xlsx_cells(sheet, row))
        count += 1
    workbook.save(handle)
    return count


def xlsx_response(filename: str, header: list[str], rows) -> FileResponse:
    # FileResponse closes the file once it is sent, so no context manager here.
    handle = tempfile.TemporaryFile()  # noqa: SIM115
    write_xlsx(handle, filename, header, rows)
    handle.seek(0)
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"{filename}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
