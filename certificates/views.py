"""Certificates for learners (download) and for anyone (verification, Open Badges credential)."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core import ratelimit

from . import badges
from .codes import normalise
from .issuing import certificate_pdf
from .models import Certificate

VERIFY_LIMIT = 20  # look-ups per minute per address: plenty for people, useless for guessing 90-bit codes


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


def badge(request, code):
    if not ratelimit.hit(request, scope="certificate-verify", limit=VERIFY_LIMIT, seconds=60):
        return JsonResponse({"error": "rate limited"}, status=429)
    certificate = Certificate.objects.filter(code=normalise(code) or "").first()
    if certificate is None:
        raise Http404
    verify_url = request.build_absolute_uri(reverse("certificates:verify_code", kwargs={"code": certificate.code}))
    badge_url = request.build_absolute_uri(request.path)
    return JsonResponse(
        badges.open_badge(certificate, verify_url=verify_url, badge_url=badge_url),
        content_type="application/ld+json",
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
