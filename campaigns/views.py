"""The hub's own confirm page, used when no FRONTEND_BASE_URL is set."""

from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from campaigns.signing import SigningError, confirm_signature, withdraw_signature


@require_http_methods(["GET", "POST"])
def confirm_page(request):
    token = request.POST.get("token") or request.GET.get("token") or ""
    context = {"token": token, "state": None, "error": None}
    if request.method == "POST":
        try:
            if request.POST.get("action") == "withdraw":
                withdraw_signature(token=token)
                context["state"] = "withdrawn"
            else:
                confirm_signature(token=token)
                context["state"] = "confirmed"
        except SigningError as error:
            context["error"] = str(error)
    response = render(request, "campaigns/signature_confirm.html", context)
    response["Referrer-Policy"] = "no-referrer"  # the token is in this page's URL
    response["Cache-Control"] = "no-store"
    return response
