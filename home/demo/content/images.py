"""What the demo's hero images show, for readers who cannot see them.

The seeder draws each hero image (`hero_png` in home/demo/seed.py): overlapping circles in the
colours of the page's campaign, nothing else. The text says so, in each language, by palette:
the key is the campaign's, `None` for pages outside a campaign.
"""

HERO_IMAGE_ALT = {
    "anti-discrimination-law": {
        "ru": "Абстрактная иллюстрация: круги бирюзовых оттенков",
        "kk": "Абстрактілі сурет: көкшіл-жасыл реңкті шеңберлер",
        "en": "Abstract illustration: circles in shades of teal",
    },
    "anti-harassment-law": {
        "ru": "Абстрактная иллюстрация: круги малиновых оттенков",
        "kk": "Абстрактілі сурет: қызғылт-қызыл реңкті шеңберлер",
        "en": "Abstract illustration: circles in shades of crimson",
    },
    "equality-conference-2023": {
        "ru": "Абстрактная иллюстрация: круги янтарных оттенков",
        "kk": "Абстрактілі сурет: сарғылт реңкті шеңберлер",
        "en": "Abstract illustration: circles in shades of amber",
    },
    "legal-policy-concept-2030": {
        "ru": "Абстрактная иллюстрация: круги синих оттенков",
        "kk": "Абстрактілі сурет: көк реңкті шеңберлер",
        "en": "Abstract illustration: circles in shades of blue",
    },
    "migrants-rights": {
        "ru": "Абстрактная иллюстрация: круги тёмно-синих оттенков",
        "kk": "Абстрактілі сурет: қою көк реңкті шеңберлер",
        "en": "Abstract illustration: circles in shades of dark blue",
    },
    None: {
        "ru": "Абстрактная иллюстрация: круги серых оттенков",
        "kk": "Абстрактілі сурет: сұр реңкті шеңберлер",
        "en": "Abstract illustration: circles in shades of grey",
    },
}
