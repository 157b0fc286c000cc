"""Machine translation routed by language pair (e.g. ru→en to one engine, ru→kk to another).

wagtail-localize takes a single machine translator; this one delegates to the engine set for
the pair at hand and says it cannot translate any other pair, which hides the button there.
Configured by TENDIK_MACHINE_TRANSLATORS (cms/settings): {"ru:en": {"CLASS": ..., "OPTIONS": ...}}.
"""

from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator


def _language(locale) -> str:
    return getattr(locale, "language_code", locale).split("-")[0]


class RoutingMachineTranslator(BaseMachineTranslator):
    display_name = _("Machine translation")

    def __init__(self, options):
        super().__init__(options)
        self.routes = {}
        for pair, config in (options.get("routes") or {}).items():
            source, target = pair.split(":")
            self.routes[(source, target)] = config
        self._engines = {}

    def engine_for(self, source_locale, target_locale):
        pair = (_language(source_locale), _language(target_locale))
        if pair not in self.routes:
            return None
        if pair not in self._engines:
            config = self.routes[pair]
            self._engines[pair] = import_string(config["CLASS"])(config.get("OPTIONS", {}))
        return self._engines[pair]

    def can_translate(self, source_locale, target_locale):
        engine = self.engine_for(source_locale, target_locale)
        if engine is None or not engine.can_translate(source_locale, target_locale):
            return False
        # wagtail-localize names the engine on the button right after asking.
        self.display_name = engine.display_name
        return True

    def translate(self, source_locale, target_locale, strings):
        engine = self.engine_for(source_locale, target_locale)
        if engine is None:
            raise ValueError(f"No machine translator for {source_locale} → {target_locale}")
        return engine.translate(source_locale, target_locale, strings)
