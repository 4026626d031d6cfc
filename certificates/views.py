"""Certificates for learners (download) and for anyone (verification, Open Badges credential)."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from core import ratelimit

from . import badges, signing
from .codes import normalise
from .issuing import certificate_pdf
from .models import Certificate

VERIFY_LIMIT = 20  # look-ups per minute per address: plenty for people, useless for guessing 90-bit codes
VC_JWT = "application/vc+jwt"
STATUS_LIST_MAX_AGE = 300


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        help_text=_("As printed on the certificate, e.g. 7KQ2MX-9RT4DA-H3VZ8P."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}),
    )


def verify(request):
    form = VerifyForm(request.GET or None)
    if form.is_valid():
        code = normalise(form.cleaned_data["code"])
        if code:
            return redirect("certificates:verify_code", code=code)
        form.add_error("code", _("This is not a valid code: it has 18 letters and digits."))
        return render(request, "certificates/verify.html", {"form": form}, status=400)
    return render(request, "certificates/verify.html", {"form": form})


def verify_code(request, code):
    if not ratelimit.hit(request, scope="certificate-verify", limit=VERIFY_LIMIT, seconds=60):
        return render(request, "certificates/verify.html", {"form": VerifyForm(), "limited": True}, status=429)
    canonical = normalise(code)
    if canonical and canonical != code:
        return redirect("certificates:verify_code", code=canonical)
    certificate = Certificate.objects.filter(code=canonical).first() if canonical else None
    context = {
        "form": VerifyForm(initial={"code": code}),
        "code": code,
        "certificate": certificate,
        "status": certificate.status() if certificate else "not-found",
    }
    return render(request, "certificates/verify.html", context, status=200 if certificate else 404)


@login_required
def download(request, code):
    """Only the holder downloads the PDF; anyone else's code is a 404, a revoked one a 410."""
    certificate = Certificate.objects.filter(code=code, user=request.user).first()
    if certificate is None:
        raise Http404
    if certificate.revoked_at:
        return render(request, "certificates/revoked.html", {"certificate": certificate}, status=410)
    data = certificate_pdf(certificate)
    from io import BytesIO

    return FileResponse(
        BytesIO(data),
        as_attachment=True,
        filename=f"certificate-{certificate.code}.pdf",
        content_type="application/pdf",
    )


def _rate_limited(request) -> bool:
    return not ratelimit.hit(request, scope="certificate-verify", limit=VERIFY_LIMIT, seconds=60)


def _by_code(code) -> Certificate:
    """Anyone holding a certificate's code may see its credential: that is the public verification flow (the code
    is 90 random bits and look-ups are rate-limited). Without the code there is nothing to find."""
    certificate = Certificate.objects.filter(code=normalise(code) or "").first()
    if certificate is None:
        raise Http404
    return certificate


def badge(request, code):
    """The credential as readable JSON; the signed form (what a wallet or verifier keeps) is linked."""
    if _rate_limited(request):
        return JsonResponse({"error": "rate limited"}, status=429)
    certificate = _by_code(code)
    response = JsonResponse(
        badges.open_badge(certificate),
        content_type="application/ld+json",
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    response["Link"] = f'<{badges.credential_url(certificate)}>; rel="alternate"; type="{VC_JWT}"'
    return response


def credential(request, code):
    """The signed credential: a VC-JWT (compact JWS) verifiable with the published keys."""
    if _rate_limited(request):
        return HttpResponse("rate limited", status=429, content_type="text/plain")
    certificate = _by_code(code)
    response = HttpResponse(badges.open_badge_jwt(certificate), content_type=VC_JWT)
    response["Content-Disposition"] = f'inline; filename="certificate-{certificate.code}.jwt"'
    return response


def _public(response, max_age: int):
    response["Cache-Control"] = f"public, max-age={max_age}"
    response["Access-Control-Allow-Origin"] = "*"  # verifiers in browsers (wallets) fetch these too
    return response


def issuer(request):
    return _public(
        JsonResponse(badges.issuer_profile(), content_type="application/ld+json", json_dumps_params={"indent": 2}),
        86400,
    )


def jwks(request):
    return _public(JsonResponse(signing.public_key_set(), content_type="application/jwk-set+json"), 3600)


def status_list(request, number):
    """The signed revocation list. Short cache: a revocation should reach verifiers within minutes."""
    if not badges.status_list_exists(number):
        raise Http404
    return _public(HttpResponse(badges.status_list_jwt(number), content_type=VC_JWT), STATUS_LIST_MAX_AGE)
