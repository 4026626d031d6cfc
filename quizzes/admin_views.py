"""Question import and export in the Wagtail admin: upload, preview, confirm; download a bank as GIFT."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Locale

from core.forms import ModelChoiceField

from . import importing
from .models import QuestionBank
from .permissions import bank_allowed, banks_for


class ImportForm(forms.Form):
    # Limited to the user's banks in __init__: a bank outside them is "not one of the available choices".
    bank = ModelChoiceField(label=gettext_lazy("Question bank"), queryset=QuestionBank.objects.none())
    language = forms.ChoiceField(
        label=gettext_lazy("Language of the questions"), choices=[("uk", "Українська"), ("en", "English")]
    )
    format = forms.ChoiceField(label=gettext_lazy("Format"), choices=list(importing.FORMATS.items()))
    file = forms.FileField(label=gettext_lazy("File"), required=False)
    # After the preview the text comes back from a hidden field, so the learner's file is parsed again as is.
    text = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bank"].queryset = banks_for(user)

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload:
            try:
                cleaned["text"] = importing.decode_upload(upload.read(importing.MAX_FILE_BYTES + 1))
            except importing.ImportRefused as refusal:
                self.add_error("file", refusal.args[0])
        elif not cleaned.get("text"):
            self.add_error("file", _("Choose a file to import."))
        return cleaned


def _require(request, codename):
    if not request.user.has_perm(f"quizzes.{codename}"):
        raise PermissionDenied


def import_questions(request):
    _require(request, "add_question")
    posted_bank = request.POST.get("bank", "")
    if posted_bank.isascii() and posted_bank.isdigit() and not bank_allowed(request.user, int(posted_bank)):
        raise PermissionDenied  # another course's bank: not this user's to fill
    form = ImportForm(request.POST or None, request.FILES or None, user=request.user)
    context = {"form": form, "result": None, "banks": banks_for(request.user)}
    status = 200
    if request.method == "POST":
        if not form.is_valid():
            return TemplateResponse(request, "quizzes/admin/import.html", context, status=400)
        result = importing.parse(form.cleaned_data["text"], form.cleaned_data["format"])
        context.update(result=result, counts=importing.count_by_type(result))
        form.data = form.data.copy()
        form.data["text"] = form.cleaned_data["text"]
        if not result.ok:
            status = 400
        elif "confirm" in request.POST:
            locale = Locale.objects.get(language_code=form.cleaned_data["language"])
            counts = importing.questions_import(
                result=result,
                bank=form.cleaned_data["bank"],
                locale=locale,
                live=request.user.has_perm("quizzes.publish_question"),
            )
            message = _("Imported %(count)s questions into %(bank)s.") % {
                "count": sum(counts.values()),
                "bank": form.cleaned_data["bank"],
            }
            if not request.user.has_perm("quizzes.publish_question"):
                message += " " + _("They are drafts: quizzes draw them once a moderator publishes them.")
            messages.success(request, message)
            return redirect("wagtailsnippets_quizzes_question:list")
    return TemplateResponse(request, "quizzes/admin/import.html", context, status=status)


def export_bank(request, bank_id):
    _require(request, "view_question")
    bank = get_object_or_404(QuestionBank, pk=bank_id)
    if not bank_allowed(request.user, bank.pk):
        raise PermissionDenied  # another course's answer key is not for this user

    language = request.GET.get("language", "")
    locale = Locale.objects.filter(language_code=language).first() if language else None
    response = HttpResponse(importing.bank_export(bank=bank, locale=locale), content_type="text/plain; charset=utf-8")
    filename = slugify(bank.name) or "bank"
    response["Content-Disposition"] = f'attachment; filename="{filename}{"-" + language if locale else ""}.gift.txt"'
    return response
