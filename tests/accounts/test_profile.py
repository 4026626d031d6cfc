from accounts.models import Region
from tests.factories import PASSWORD


def test_profile_requires_login(client, site):
    response = client.get("/uk/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/uk/accounts/login/")


def test_profile_shows_both_names_and_region_in_each_language(client, user):
    client.force_login(user)
    uk = client.get("/uk/profile/").content.decode()
    en = client.get("/en/profile/").content.decode()
    for html in (uk, en):
        assert user.full_name_uk in html
        assert user.full_name_latin in html
    assert user.region.name_uk in uk
    assert user.region.name_en in en
    assert "Мій профіль" in uk
    assert "My profile" in en


def test_profile_edit_saves_valid_changes(client, user):
    client.force_login(user)
    region = Region.objects.get(iso_code="UA-46")
    response = client.post(
        "/en/profile/edit/",
        {
            "full_name_uk": "Олена Мельник",
            "first_name": "Olena",
            "last_name": "Melnyk",
            "organisation": "NGO  La Strada",
            "sector": "ngo",
            "region": region.pk,
            "position": "Consultant",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.full_name_uk, user.last_name, user.sector, user.region) == ("Олена Мельник", "Melnyk", "ngo", region)
    assert user.organisation == "NGO La Strada"  # runs of spaces are folded


def test_profile_edit_rejects_bad_input_and_keeps_the_old_values(client, user):
    client.force_login(user)
    response = client.post("/en/profile/edit/", {"full_name_uk": "<script>", "region": "x", "sector": "spy"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "&lt;script&gt;" in html and "<script>" not in html.split("</header>")[1]
    user.refresh_from_db()
    assert user.full_name_uk != "<script>"


def test_user_logs_in_with_email_and_out_again(client, user):
    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/en/profile/"
    assert client.get("/en/profile/").status_code == 200
    assert client.post("/en/accounts/logout/").status_code == 302
    assert client.get("/en/profile/").status_code == 302


def test_password_reset_mails_a_link_only_to_known_addresses_without_telling(client, user):
    from django.core import mail

    known = client.post("/en/accounts/password/reset/", {"email": user.email})
    unknown = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert [m.to for m in mail.outbox] == [[user.email], ["nobody@example.org"]]
    assert "/en/accounts/password/reset/key/" in mail.outbox[0].body
    assert "/accounts/password/reset/key/" not in mail.outbox[1].body
