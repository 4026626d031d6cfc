from accounts import roles
from courses.models import LessonPage
from tests.browser.journeys import sign_in
from tests.factories import UserFactory, make_course


def admin_login(page, email):
    """Staff reach the admin through the site's login form, with a second factor."""
    sign_in(page, email, totp=True, start="/admin/", lands_on=r"/admin/$")


def test_educator_writes_a_markdown_lesson_a_moderator_approves_a_learner_reads_it(browser, live_server, site):
    course = make_course(site["school"]["uk"], slug="teens", modules=1, lessons=1, audiences=["schools"])
    module = course.get_children().get(slug="module-1")
    educator = UserFactory(email="educator@example.org", groups=[roles.EDUCATORS], totp=True)
    moderator = UserFactory(email="moderator@example.org", groups=[roles.MODERATORS], totp=True)

    def new_page():
        return browser.new_context(base_url=live_server.url, locale="uk-UA").new_page()

    editor = new_page()
    admin_login(editor, educator.email)
    editor.goto(f"/admin/pages/add/courses/lessonpage/{module.pk}/")
    editor.fill("#id_title", "Червоні прапорці в оголошеннях")
    editor.locator("button.c-sf-add-button").first.click()
    editor.get_by_role("option", name="Markdown").click()
    editor.locator("textarea[name^='body-0-value']").fill(
        "## Надто гарно\n\n**Пропозиція «надто гарна, щоб бути правдою»** — червоний прапорець."
    )
    editor.locator(".w-dropdown__toggle").last.click()
    editor.locator("button[name=action-submit]").click()
    editor.wait_for_load_state()
    lesson = LessonPage.objects.get(title="Червоні прапорці в оголошеннях")
    assert not lesson.live

    reader = new_page()
    url = f"/uk/courses/school-curriculum/teens/module-1/{lesson.slug}/"
    assert reader.goto(url).status == 404  # not visible before review

    reviewer = new_page()
    admin_login(reviewer, moderator.email)
    reviewer.goto(f"/admin/pages/{lesson.pk}/edit/")
    reviewer.locator(".w-dropdown__toggle").last.click()
    reviewer.locator("button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])").click()
    reviewer.wait_for_load_state()
    lesson.refresh_from_db()
    assert lesson.live

    response = reader.goto(url)
    assert response.status == 200
    assert reader.get_by_role("heading", name="Надто гарно").is_visible()
    assert reader.locator("strong", has_text="надто гарна, щоб бути правдою").is_visible()
