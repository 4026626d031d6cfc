from django.apps import AppConfig


class ElearnConfig(AppConfig):
    name = "elearn"
    verbose_name = "E-learning platform"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from wagtail.models import Page, PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import page_cache

        # Anything that changes what an anonymous visitor sees empties the anonymous page cache.
        page_published.connect(page_cache.invalidate, dispatch_uid="page_cache.published")
        page_unpublished.connect(page_cache.invalidate, dispatch_uid="page_cache.unpublished")
        post_page_move.connect(page_cache.invalidate, dispatch_uid="page_cache.moved")
        post_delete.connect(page_cache.invalidate, sender=Page, dispatch_uid="page_cache.deleted")
        # A page made private (login, group or password) must stop being served from the anonymous cache at once.
        post_save.connect(page_cache.invalidate, sender=PageViewRestriction, dispatch_uid="page_cache.restricted")
        post_delete.connect(page_cache.invalidate, sender=PageViewRestriction, dispatch_uid="page_cache.unrestricted")
        m2m_changed.connect(
            page_cache.invalidate, sender=PageViewRestriction.groups.through, dispatch_uid="page_cache.restrict_groups"
        )
        post_save.connect(
            page_cache.invalidate_on_settings_change, sender="content.SiteSettings", dispatch_uid="page_cache.settings"
        )
