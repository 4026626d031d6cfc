// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Move focus to an error summary so screen-reader and keyboard users hear what went wrong.
  const summary = document.querySelector(".error-summary");
  if (summary) summary.focus();
});

// "Mark this lesson complete" without a page reload. The form still works on its own without JavaScript.
document.addEventListener("submit", async (event) => {
  const form = event.target.closest("form[data-complete-lesson]");
  if (!form) return;
  event.preventDefault();
  const button = form.querySelector("button");
  const section = form.closest(".lesson-progress");
  const status = section.querySelector("[data-progress-status]");
  button.disabled = true;
  try {
    const response = await fetch(form.action, {
      method: "POST",
      headers: { Accept: "application/json", "X-CSRFToken": form.querySelector("[name=csrfmiddlewaretoken]").value },
      body: new FormData(form),
      credentials: "same-origin",
    });
    const data = await response.json();
    if (!response.ok) throw new Error(data.error || response.statusText);
    const done = document.createElement("p");
    done.className = "done-mark";
    done.setAttribute("data-lesson-done", "");
    done.textContent = "✓ " + form.dataset.doneText;
    form.replaceWith(done);
    section.querySelectorAll("[data-progress-bar]").forEach((bar) => { bar.value = data.percent; bar.textContent = data.percent + "%"; });
    section.querySelectorAll("[data-progress-text]").forEach((text) => { text.textContent = data.progress_text; });
    status.textContent = data.course_complete ? form.dataset.courseDoneText : form.dataset.doneText;
  } catch (error) {
    button.disabled = false;
    status.textContent = error.message;
    form.submit();  // fall back to the plain form post, which shows the server's message
  }
});
