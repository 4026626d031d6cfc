"""Property-based: whatever is posted to the submission view, no 500, and nobody else's attempt changes."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizzes.attempting import attempt_start
from quizzes.models import QuestionBank
from tests.factories import UserFactory, make_course, make_question, make_quiz


@pytest.fixture
def setup(site):
    from courses.progress import enrollment_create

    course = make_course(site["catalogue"]["uk"], slug="c", modules=1, lessons=1)
    bank = QuestionBank.objects.create(name="Bank", course=course)
    make_question(bank, name="single", right=["A"], wrong=["B"])
    make_question(bank, qtype="multiple", name="multi", right=["C", "D"], wrong=["E"])
    make_question(bank, qtype="matching", name="match", right=(), wrong=(), pairs=[("a", "1"), ("b", "2")])
    quiz = make_quiz(course, bank, count=3)
    me, other = UserFactory(), UserFactory()
    for user in (me, other):
        enrollment_create(user=user, course=course)
    mine = attempt_start(user=me, quiz=quiz)
    theirs = attempt_start(user=other, quiz=quiz)
    return me, mine, theirs


def snapshot(attempt):
    attempt.refresh_from_db()
    return (attempt.submitted_at, attempt.answers, attempt.score, attempt.draw)


values = st.one_of(
    st.text(max_size=50),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["", "0", "-1", "1e9", "<script>alert(1)</script>", "'; DROP TABLE x;--", "\x00"]),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_post_to_the_submission_view_yields_a_500(client, setup, data):
    me, mine, theirs = setup
    client.force_login(me)
    keys = [f"q{entry['question']}" for entry in mine.draw] + [
        f"q{entry['question']}-{left}" for entry in mine.draw for left in entry.get("left_tokens", [])
    ]
    # The offered tokens (of this attempt and the other), and the database ids they stand for.
    offered = [
        str(value)
        for attempt in (mine, theirs)
        for entry in attempt.draw
        for field in ("options", "right", "tokens", "left_tokens", "right_tokens")
        for value in entry.get(field, [])
    ]
    key = st.one_of(st.sampled_from(keys), st.text(max_size=20), st.just("q999999"))
    value = st.one_of(values, st.sampled_from(offered))
    payload = data.draw(st.dictionaries(key, st.lists(value, max_size=4), max_size=8))
    target = data.draw(st.sampled_from([mine.pk, theirs.pk, 0, 10**12]))
    before, mine_before = snapshot(theirs), snapshot(mine)
    safe = {k.replace("\x00", ""): [v.replace("\x00", "") for v in vs] for k, vs in payload.items()}
    response = client.post(f"/uk/learning/attempts/{target}/submit/", safe)
    assert response.status_code < 500
    assert snapshot(theirs) == before
    if response.status_code >= 400:
        assert snapshot(mine) == mine_before  # a refused post changes nothing
