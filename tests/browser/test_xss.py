"""No script runs in the real browser, whatever an author or a learner types into a field shown to others.

The site's Content Security Policy forbids inline script, so the browser would block most of these vectors anyway;
the tests therefore also require that no CSP violation happens at all and that the sanitised DOM holds no script and
no event handler: the sanitiser has to be enough on its own.
"""

from accounts import roles
from content.models import StandardPage
from tests.browser.journeys import sign_in
from tests.content.test_markdown import ALLOWED_TAGS
from tests.content.xss_corpus import VECTORS, X
from tests.factories import (
    CohortFactory,
    MembershipFactory,
    QuestionBankFactory,
    QuestionFactory,
    UserFactory,
    make_course,
    make_quiz,
    publish,
)

# Injected by Playwright before any of the page's own code, outside the page's CSP: records what the policy blocks.
WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
});
"""

# Everything the DOM must not hold, collected in the page itself (the browser's own reading of the markup). Anywhere:
# no event handler, no script but the site's own files, no frame, object, base or refresh, no link or source that
# is javascript:, vbscript: or an HTML data: URL. In the Markdown blocks, when asked: only the allowlisted tags.
DOM_PROBLEMS = """(allowedTags) => {
  const problems = [];
  const dangerous = /^(javascript|vbscript|data:text\\/html)/;
  const urlAttributes = ["href", "src", "srcset", "action", "formaction", "data", "xlink:href", "background", "poster"];
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\\u0000-\\u0020\\u007f-\\u00a0]/g, "").toLowerCase();
      if (name.startsWith("on")) problems.push(`${element.tagName} ${name}`);
      if (urlAttributes.includes(name) && dangerous.test(value)) problems.push(`${element.tagName} ${name}=${value}`);
    }
  }
  for (const script of document.scripts) {
    const url = script.src ? new URL(script.src) : null;
    if (!url || url.origin !== location.origin || !url.pathname.startsWith("/static/"))
      problems.push(`script ${script.src || script.textContent.slice(0, 40)}`);
  }
  for (const element of document.querySelectorAll("base, meta[http-equiv], iframe, frame, object, embed"))
    problems.push(`element ${element.tagName}`);
  for (const link of document.querySelectorAll("a[href]")) {
    if (!["http:", "https:", "mailto:", "tel:"].includes(link.protocol)) problems.push(`href ${link.href}`);
  }
  for (const block of allowedTags ? document.querySelectorAll("main div.block.block-markdown") : []) {
    for (const element of block.querySelectorAll("*")) {
      const tag = element.tagName.toLowerCase();
      const names = [...element.attributes].map((attribute) => attribute.name);
      if (!allowedTags.includes(tag)) problems.push(`tag ${tag}`);
      if (names.some((name) => !["href", "title", "rel"].includes(name)))
        problems.push(`attributes of ${tag}: ${names}`);
      if (tag === "a" && (element.rel !== "noopener noreferrer" || element.target))
        problems.push(`link ${element.outerHTML}`);
    }
  }
  return problems;
}"""


class Watch:
    """Dialogs, console errors and uncaught exceptions on one browser page, from before it loads."""

    def __init__(self, page):
        self.page, self.dialogs, self.console_errors, self.page_errors = page, [], [], []
        page.add_init_script(WATCH_CSP)
        page.on("dialog", self._dialog)
        page.on("console", lambda message: message.type == "error" and self.console_errors.append(message.text))
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def assert_no_script_ran(self, allowed_tags=None):
        page = self.page
        page.wait_for_timeout(300)  # error events of broken images and the like fire after load
        assert self.dialogs == []
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert page.evaluate("window.__cspViolations") == []
        blocked = [text for text in self.console_errors if "Content Security Policy" in text or "inline" in text]
        assert blocked == []
        assert self.page_errors == []
        assert page.evaluate(DOM_PROBLEMS, sorted(allowed_tags) if allowed_tags else None) == []


def test_markdown_blocks_run_no_script(page, site):
    watch = Watch(page)
    body = [{"type": "markdown", "value": vector} for vector in VECTORS]
    publish(site["uk"].add_child(instance=StandardPage(title="XSS", slug="xss", body=body)))

    page.goto("/uk/xss/")
    page.wait_for_load_state("networkidle")
    # The corpus really is on the page: one rendered block per vector, its text visible.
    assert page.locator("main div.block.block-markdown").count() == len(VECTORS)
    # Give handlers a chance to fire if any survived: point at, enter and focus everything in the content, and tab
    # through the page as a keyboard user would.
    page.evaluate("""() => {
        for (const element of document.querySelectorAll("main *")) {
            for (const type of ["mouseover", "mouseenter", "mousemove", "focus", "focusin", "animationstart"])
                element.dispatchEvent(new Event(type, {bubbles: true}));
            if (element.focus) element.focus();
        }
    }""")
    page.locator("main div.block.block-markdown").last.scroll_into_view_if_needed()
    for _ in range(15):
        page.keyboard.press("Tab")
    watch.assert_no_script_ran(allowed_tags=ALLOWED_TAGS)
    assert page.get_by_text("<script>alert(1)</script>", exact=True).count() == 1  # raw HTML is shown as text

    # The watch itself works: a dialog the test opens is seen, and a script the page did not ship is blocked.
    page.evaluate("setTimeout(() => alert('probe'), 0)")
    page.wait_for_timeout(200)
    assert watch.dialogs == ["probe"]
    page.evaluate(f"""() => {{
        const script = document.createElement("script");
        script.textContent = "{X}";
        document.body.append(script);
    }}""")
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert any("script-src" in violation for violation in page.evaluate("window.__cspViolations"))


def test_names_organisations_cohorts_and_questions_run_no_script(browser, live_server, site):
    image_vector = f'<img src=x onerror="{X}">'
    script_vector = f"<script>{X}</script>"
    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    bank = QuestionBankFactory(course=course)
    QuestionFactory(bank=bank, stem=" ".join(VECTORS[:40]), scenario=" ".join(VECTORS[40:]))
    quiz = make_quiz(course, bank, count=1)
    # Staff reach the reports only with a second factor.
    trainer = UserFactory(email="t@example.org", groups=[roles.TRAINERS], totp=True)
    cohort = CohortFactory(name=image_vector + f'<svg onload="{X}">', trainer=trainer, courses=[course])
    learner = UserFactory(email="l@example.org", organisation=image_vector, position=script_vector)
    MembershipFactory(cohort=cohort, user=learner, enrol=False)  # the invite link below enrols

    context = browser.new_context(base_url=live_server.url, locale="uk-UA")
    page = context.new_page()
    watch = Watch(page)
    sign_in(page, learner.email)
    page.goto(f"/uk/join/{cohort.invite_code}/")
    watch.assert_no_script_ran()
    page.get_by_role("button", name="Приєднатися і записатися").click()
    page.goto(quiz.url)
    page.get_by_role("button", name="Почати тест").click()
    assert page.get_by_text(script_vector).count() >= 1  # the question text is there, as text
    watch.assert_no_script_ran()

    trainer_page = browser.new_context(base_url=live_server.url, locale="uk-UA").new_page()
    trainer_watch = Watch(trainer_page)
    sign_in(trainer_page, trainer.email, totp=True)  # staff sign in with a second factor
    for url in ("/uk/reports/", f"/uk/reports/cohorts/{cohort.pk}/", "/uk/reports/learners/", "/uk/reports/cohorts/"):
        trainer_page.goto(url)
        trainer_watch.assert_no_script_ran()
    context.close()
    trainer_page.context.close()
