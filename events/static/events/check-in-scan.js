// Scans the QR code of a seat's email with the phone's camera, where the browser can read QR
// codes itself (BarcodeDetector: Chrome on Android, Safari 17+); nothing is downloaded. Elsewhere
// the code field still takes what a USB or Bluetooth scanner types, or a code typed by hand.
(function () {
  const form = document.querySelector("[data-check-in-code]");
  if (!form || !("BarcodeDetector" in window) || !navigator.mediaDevices) return;
  const button = form.querySelector("[data-scan]");
  const video = form.querySelector("[data-camera]");
  const input = form.querySelector("input[name=code]");
  button.hidden = false;
  button.addEventListener("click", async () => {
    let stream;
    try {
      const detector = new BarcodeDetector({ formats: ["qr_code"] });
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
      video.srcObject = stream;
      video.hidden = false;
      await video.play();
      const look = async () => {
        const codes = await detector.detect(video);
        if (codes.length) {
          stream.getTracks().forEach((track) => track.stop());
          input.value = codes[0].rawValue;
          form.submit();
          return;
        }
        requestAnimationFrame(look);
      };
      look();
    } catch (error) {
      if (stream) stream.getTracks().forEach((track) => track.stop());
      video.hidden = true;
      button.hidden = true;
      input.focus();
    }
  });
})();
