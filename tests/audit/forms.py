"""Read a rendered form's current values, as a browser would submit them unchanged (stdlib HTML parser)."""

from html.parser import HTMLParser


class _FormValues(HTMLParser):
    def __init__(self, form_id=None):
        super().__init__()
        self.data = {}
        self.select = None
        self.textarea = None

    def add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file", "image"):
            if attrs.get("type") in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.add(name, attrs.get("value", "on"))
            else:
                self.add(name, attrs.get("value", ""))
        elif tag == "select" and name:
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.add(self.select, attrs.get("value", ""))
        elif tag == "textarea" and name:
            self.textarea = name
            self.add(name, "")

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.data[self.textarea][-1] += data


def form_values(html: str) -> dict:
    """Every named field of the page's forms: lists for repeated names, as the test client posts them."""
    parser = _FormValues()
    parser.feed(html)
    parser.data.pop("csrfmiddlewaretoken", None)
    return {name: values if len(values) > 1 else values[0] for name, values in parser.data.items()}
