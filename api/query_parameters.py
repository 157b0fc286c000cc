"""A query parameter an operation does not take is refused, not ignored: `?q=…` for `?search=…`
would otherwise answer with every page as if the reader's search had matched them all. The 400
names each unknown parameter, as Wagtail's API v2 does."""

from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError


class KnownQueryParameters:
    """Mixin for API views. `query_class`: the serializer of the operation's query parameters
    (None: it takes none); `more_query_parameters`: those it reads without that serializer."""

    query_class = None
    more_query_parameters: tuple[str, ...] = ()

    @classmethod
    def query_parameter_names(cls) -> list[str]:
        names = list(cls.query_class().fields) if cls.query_class is not None else []
        return names + [name for name in cls.more_query_parameters if name not in names]

    def query(self) -> dict:
        """The operation's query parameters, validated by `query_class`. Read from a plain dict,
        not the QueryDict: DRF takes an empty value in a QueryDict (`?type=`) for a parameter not
        sent, so `?locale=` would list every language instead of being refused."""
        params = self.query_class(data=self.request.query_params.dict())
        params.is_valid(raise_exception=True)
        return params.validated_data

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        known = self.query_parameter_names()
        unknown = sorted(set(request.query_params) - set(known))
        if not unknown:
            return
        if known:
            message = _("This operation takes no such parameter; it takes: %(known)s.") % {
                "known": ", ".join(known)
            }
        else:
            message = _("This operation takes no query parameters.")
        raise ValidationError({name: [message] for name in unknown})
