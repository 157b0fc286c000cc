"""QR codes, made here (segno, pure Python): for the check-in code of a seat's email and the
verification link of a certificate."""

import io

import segno


def qr_png(text: str, *, scale: int = 6) -> bytes:
    buffer = io.BytesIO()
    # Error correction "M" survives a scratched phone screen; the library's border is the
    # four modules the standard asks for.
    segno.make(text, error="m").save(buffer, kind="png", scale=scale)
    return buffer.getvalue()
