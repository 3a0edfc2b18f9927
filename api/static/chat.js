// Web chat: send the question without reloading the page; the server renders the answer (escaped HTML).
(function () {
  "use strict";
  var form = document.getElementById("ask-form");
  var transcript = document.getElementById("transcript");
  if (!form || !transcript || !window.fetch) { return; }
  var input = form.querySelector("textarea");
  var button = form.querySelector("button");

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!input.value.trim()) { input.focus(); return; }
    button.disabled = true;
    button.textContent = "Đang trả lời…";
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin"
    }).then(function (response) {
      return response.text().then(function (html) { return { ok: response.ok, html: html }; });
    }).then(function (result) {
      transcript.insertAdjacentHTML("beforeend", result.html);
      if (result.ok) { input.value = ""; }
      var last = transcript.lastElementChild;
      if (last) { last.scrollIntoView({ behavior: "smooth", block: "start" }); }
    }).catch(function () {
      var p = document.createElement("p");
      p.className = "alert error";
      p.textContent = "Không gửi được câu hỏi. Vui lòng kiểm tra kết nối và thử lại.";
      transcript.appendChild(p);
    }).finally(function () {
      button.disabled = false;
      button.textContent = "Gửi câu hỏi";
    });
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
})();
