import factory
from allauth.account.models import EmailAddress

from accounts.models import Region, Sector, User

PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"learner{n}@example.org")
    full_name_uk = factory.Iterator(["Олена Петренко", "Тарас Іваненко", "Ганна Мороз", "Юрій Савчук"])
    first_name = factory.Iterator(["Olena", "Taras", "Hanna", "Yurii"])
    last_name = factory.Iterator(["Petrenko", "Ivanenko", "Moroz", "Savchuk"])
    organisation = "Київський міський центр соціальних служб"
    sector = Sector.SOCIAL
    region = factory.LazyFunction(lambda: Region.objects.get(iso_code="UA-30"))
    position = "Соціальна працівниця"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified_email(obj, create, extracted, **kwargs):
        """Users can log in only with a confirmed address; pass verified_email=False for one that is not."""
        obj.save()
        if create:
            EmailAddress.objects.create(user=obj, email=obj.email, primary=True, verified=extracted is not False)
