"""The "Certificates" menu: layouts that staff edit, and issued certificates that an admin can revoke."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from audit.context import current_request
from audit.models import Action
from audit.trail import record

from .issuing import certificate_revoke
from .models import Certificate, CertificateTemplate


class RevokeForm(WagtailAdminModelForm):
    """Issued certificates are read-only except for revocation, which needs a reason."""

    revoke = forms.BooleanField(label=_("Revoke this certificate"), required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("revoke") and not cleaned.get("revoked_reason", "").strip():
            self.add_error("revoked_reason", _("Give the reason for revoking."))
        return cleaned

    def save(self, commit=True):
        certificate = super().save(commit=False)
        if self.cleaned_data.get("revoke") and not certificate.revoked_at:
            certificate_revoke(certificate=certificate, reason=self.cleaned_data["revoked_reason"].strip())
            record(
                action=Action.CERTIFICATE_REVOKED,
                request=current_request(),  # the form is not given the request; the admin's address is still wanted
                subject=certificate.user,
                certificate=certificate.code,
                reason=certificate.revoked_reason,
            )
        return certificate


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Templates")
    list_display = ["name", "organisation_en", "signatory_name"]


class CertificateViewSet(SnippetViewSet):
    model = Certificate
    icon = "tick-inverse"
    menu_label = _("Issued certificates")
    list_display = ["code", "name_latin", "course_title_en", "completed_on", "expires_on", "revoked_at"]
    list_filter = ["completed_on", "revoked_at"]
    search_fields = ["code", "name_latin", "name_uk", "course_title_en"]
    edit_handler = ObjectList([FieldPanel("revoke"), FieldPanel("revoked_reason")], base_form_class=RevokeForm)


class CertificatesGroup(SnippetViewSetGroup):
    items = (CertificateTemplateViewSet, CertificateViewSet)
    menu_icon = "doc-full"
    menu_label = _("Certificates")
    menu_name = "certificates"


register_snippet(CertificatesGroup)
