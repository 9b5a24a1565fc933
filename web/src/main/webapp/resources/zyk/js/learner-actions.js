/* Learner actions (resource page, 我的收藏, 我的笔记): every button with data-method and data-url sends that API call with
   the session's CSRF token (<meta name="zyk-csrf">). The JSON body is data-body, plus data-fields ("name=elementId,…":
   the values of those inputs), plus, with data-position="true", the player's position in whole seconds
   (positionSeconds), plus, with data-prompt="name", what the user answers to data-prompt-text. On success the page
   reloads (data-reload) or the status line says data-done; on failure it shows the API's message. On the resource
   page, data-start on #learnerActions (a note's ?t=) reopens the player at that second; on a course item's page a
   note's button with data-seek moves the player there. */
(function () {
    "use strict";

    var root = document.getElementById("learnerActions") || document.getElementById("learnerPage");
    if (!root || !window.fetch) {
        return;
    }
    var status = document.getElementById("actionStatus");
    var player = document.getElementById("player");

    function say(text, failed) {
        if (status) {
            status.textContent = text || "";
            status.className = failed ? "zyk-action-status zyk-action-failed" : "zyk-action-status";
        }
    }

    function headers() {
        var h = {"Content-Type": "application/json", "Accept": "application/json"};
        var meta = document.querySelector("meta[name='zyk-csrf']");
        if (meta) {
            h[meta.getAttribute("data-header") || "X-CSRF-Token"] = meta.getAttribute("content");
        }
        return h;
    }

    function body(button) {
        var data = JSON.parse(button.getAttribute("data-body") || "{}");
        (button.getAttribute("data-fields") || "").split(",").forEach(function (pair) {
            var parts = pair.split("=");
            var input = parts.length === 2 ? document.getElementById(parts[1]) : null;
            if (input) {
                data[parts[0]] = input.value;
            }
        });
        if (button.getAttribute("data-position") === "true" && player) {
            data.positionSeconds = Math.floor(player.currentTime || 0);
        }
        var prompt = button.getAttribute("data-prompt");
        if (prompt) {
            var answer = window.prompt(button.getAttribute("data-prompt-text") || "");
            if (answer === null) {
                return null;
            }
            data[prompt] = answer;
        }
        return data;
    }

    function failed(response) {
        return response.json().then(function (error) {
            say(error && error.message ? error.message : root.getAttribute("data-text-failed"), true);
        }, function () {
            say(root.getAttribute("data-text-failed"), true);
        });
    }

    function send(button) {
        var method = button.getAttribute("data-method");
        var data = method === "DELETE" ? null : body(button);
        if (method !== "DELETE" && data === null) {
            return;
        }
        button.disabled = true;
        window.fetch(button.getAttribute("data-url"), {
            method: method, headers: headers(), credentials: "same-origin",
            body: data === null ? undefined : JSON.stringify(data)
        }).then(function (response) {
            button.disabled = false;
            if (!response.ok) {
                return failed(response);
            }
            if (button.getAttribute("data-reload") === "true") {
                window.location.reload();
            } else {
                say(button.getAttribute("data-done"), false);
            }
            return null;
        }).catch(function () {
            button.disabled = false;
            say(root.getAttribute("data-text-failed"), true);
        });
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("button[data-method][data-url]") : null;
        if (button && root.contains(button)) {
            event.preventDefault();
            send(button);
            return;
        }
        var seek = event.target.closest ? event.target.closest("button[data-seek]") : null;
        if (seek && player && root.contains(seek)) {
            player.currentTime = parseInt(seek.getAttribute("data-seek"), 10) || 0;
            player.scrollIntoView();
        }
    });

    var start = parseInt(root.getAttribute("data-start") || "", 10);
    if (player && start >= 0) {
        var seek = function () {
            player.currentTime = start;
        };
        // before its metadata a media element keeps this as its start position; set again once they are known
        seek();
        if (player.readyState < 1) {
            player.addEventListener("loadedmetadata", seek, {once: true});
        }
        player.scrollIntoView();
    }
}());
