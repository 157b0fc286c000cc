"""Media on S3, against a real S3 HTTP server on 127.0.0.1 (moto's standalone server, started
here): uploads, renditions fetched over HTTP, names that never overwrite, signed URLs that
expire for private files, and an unreachable store answered with a form error, not a 500."""

import io
import socket
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from moto.moto_server.threaded_moto_server import MotoRequestHandler
from moto.server import DomainDispatcherApplication, ThreadedMotoServer, create_backend_app
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from werkzeug.serving import make_server

from cms.storage import S3MediaStorage, StorageUnavailable

BUCKET = "tendik-media"
pytestmark = pytest.mark.django_db


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ExpiringMotoServer(ThreadedMotoServer):
    """moto's standalone S3 server, plus the one check it leaves out: AWS (and MinIO) refuse a
    presigned URL once X-Amz-Date + X-Amz-Expires has passed; moto serves it forever."""

    def _server_entry(self):
        app = DomainDispatcherApplication(create_backend_app)

        def refuse_expired(environ, start_response):
            query = parse_qs(environ.get("QUERY_STRING", ""))
            if "X-Amz-Expires" in query and "X-Amz-Date" in query:
                signed = datetime.strptime(query["X-Amz-Date"][0], "%Y%m%dT%H%M%SZ")
                expires = signed.replace(tzinfo=UTC) + timedelta(
                    seconds=int(query["X-Amz-Expires"][0])
                )
                if datetime.now(UTC) > expires:
                    start_response("403 Forbidden", [("Content-Type", "application/xml")])
                    return [
                        b"<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>"
                    ]
            return app(environ, start_response)

        self._server = make_server(
            self._ip_address, self._port, refuse_expired, True, request_handler=MotoRequestHandler
        )
        self._server_ready_event.set()
        self._server.serve_forever()


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = ExpiringMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        region_name="us-east-1",
    ).create_bucket(Bucket=BUCKET)
    yield endpoint
    server.stop()


def s3_options(endpoint, **extra):
    return {
        "bucket_name": BUCKET,
        "endpoint_url": endpoint,
        "access_key": "testing",
        "secret_key": "testing",
        "region_name": "us-east-1",
        "addressing_style": "path",
        "signature_version": "s3v4",
        "file_overwrite": False,
        **extra,
    }


def use_s3(settings, endpoint, private_expire=300):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "cms.storage.S3MediaStorage",
            "OPTIONS": s3_options(
                endpoint, location="media", querystring_auth=False, default_acl="public-read"
            ),
        },
        "private": {
            "BACKEND": "cms.storage.S3MediaStorage",
            "OPTIONS": s3_options(
                endpoint,
                location="private",
                default_acl="private",
                querystring_auth=True,
                querystring_expire=private_expire,
            ),
        },
    }


@pytest.fixture
def s3(settings, s3_endpoint):
    use_s3(settings, s3_endpoint)
    return s3_endpoint


def png(width=640, height=480):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (30, 110, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(client, name="плакат.png", title="Плакат"):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": title, "file": SimpleUploadedFile(name, png(), content_type="image/png")},
    )


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read()


def bucket_keys(endpoint):
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        region_name="us-east-1",
    )
    return [item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])]


def test_uploaded_images_and_their_renditions_live_in_s3_and_are_served_over_http(admin_client, s3):
    assert isinstance(storages["default"], S3MediaStorage)
    assert upload_image(admin_client).status_code == 302
    image = get_image_model().objects.get(title="Плакат")
    assert image.file.name in [key.removeprefix("media/") for key in bucket_keys(s3)]
    rendition = image.get_rendition("fill-200x100")
    assert urlsplit(rendition.url).netloc == urlsplit(s3).netloc
    status, body = fetch(rendition.url)
    assert status == 200
    assert PILImage.open(io.BytesIO(body)).size == (200, 100)


def test_files_with_the_same_name_never_overwrite_each_other(admin_client, s3):
    upload_image(admin_client, name="report.png", title="Первый")
    upload_image(admin_client, name="report.png", title="Второй")
    first, second = get_image_model().objects.order_by("pk")
    assert first.file.name != second.file.name
    assert len({fetch(image.file.url)[1] for image in (first, second)}) == 1  # both still there


def test_private_files_get_signed_urls_that_expire(settings, s3_endpoint):
    use_s3(settings, s3_endpoint, private_expire=2)
    storage = storages["private"]
    name = storage.save("signature-exports/list.csv", ContentFile(b"full_name\n"))
    url = storage.url(name)
    assert "X-Amz-Signature" in url and "/private/" in url
    assert fetch(url) == (200, b"full_name\n")
    unsigned = url.split("?")[0]
    with pytest.raises(urllib.error.HTTPError) as refused:
        fetch(unsigned)
    assert refused.value.code == 403
    time.sleep(3)
    with pytest.raises(urllib.error.HTTPError) as expired:
        fetch(url)
    assert expired.value.code == 403


def test_an_unreachable_store_is_a_form_error_and_saves_no_row(admin_client, settings):
    use_s3(settings, f"http://127.0.0.1:{free_port()}")  # nothing listens there
    response = upload_image(admin_client)
    assert response.status_code == 200
    assert "media storage cannot be reached" in str(
        response.context["form"].errors["file"]
    ).lower() or ("хранилище" in str(response.context["form"].errors["file"]).lower())
    assert not get_image_model().objects.exists()
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Доклад", "file": SimpleUploadedFile("report.pdf", b"%PDF-1.4 ...")},
    )
    assert response.status_code == 200
    assert not get_document_model().objects.exists()


def test_a_store_failing_mid_request_gets_a_503_page_and_no_row(
    admin_client, settings, monkeypatch
):
    use_s3(settings, f"http://127.0.0.1:{free_port()}")
    # The form's check passes (the store was up a moment ago), then the write fails.
    monkeypatch.setattr(S3MediaStorage, "ensure_reachable", lambda self: None)
    response = upload_image(admin_client)
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert not get_image_model().objects.exists()
    with pytest.raises(StorageUnavailable):
        storages["default"].save("x.txt", ContentFile(b"x"))


def test_a_signature_export_on_s3_downloads_through_a_signed_url(
    client, s3, campaign_index, django_capture_on_commit_callbacks, monkeypatch
):
    from django.contrib.auth.models import Permission

    from campaigns.models import Signature, SignatureExport
    from tests.conftest import publish
    from tests.factories import PetitionPageFactory
    from tests.test_translation_roles import client_for, member_of
    from translations.roles import EDITORS

    # A callable storage is resolved once, when models load (as at a deploy's start).
    monkeypatch.setattr(SignatureExport._meta.get_field("file"), "storage", storages["private"])
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index))
    Signature.objects.create(
        petition_key=petition.translation_key,
        full_name="Әлия",
        email="aliya@mail.kz",
        region="almaty",
        locale="kk",
        confirmed_at=petition.first_published_at,
    )
    editor = member_of(EDITORS, username="editor")
    editor.user_permissions.add(Permission.objects.get(codename="view_signature"))
    client_for(client, editor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("campaigns_petition_signatures", args=[petition.pk]), {"action": "export"}
        )
    export = SignatureExport.objects.get()
    assert export.file.name in [key.removeprefix("private/") for key in bucket_keys(s3)]
    response = client.get(reverse("campaigns_export_download", args=[export.pk]))
    assert response.status_code == 302 and "X-Amz-Signature" in response["Location"]
    assert "no-store" in response["Cache-Control"]
    status, body = fetch(response["Location"])
    assert status == 200 and "Әлия" in body.decode("utf-8-sig")
