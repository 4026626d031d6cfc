"""Tables as CSV (streamed row by row: memory stays flat) or XLSX (openpyxl's write-only mode)."""

import csv
import tempfile

from django.http import FileResponse, StreamingHttpResponse


class _Echo:
    def write(self, value):
        return value


def csv_response(filename: str, header: list[str], rows) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())

    def lines():
        yield "\ufeff"  # a BOM, so that spreadsheet programs read the Cyrillic correctly
        yield writer.writerow(header)
        for row in rows:
            yield writer.writerow(row)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def write_xlsx(handle, title: str, header: list[str], rows) -> int:
    """Write a workbook of one sheet to ``handle`` (openpyxl's write-only mode). Returns the number of rows."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append([str(cell) if cell is not None and not isinstance(cell, int | float) else cell for cell in row])
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
