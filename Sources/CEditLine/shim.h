// Non-variadic wrappers around libedit's variadic el_set/el_get/history, which Swift cannot call.
//
// Each wrapper covers exactly one request code so that the argument types are checked by the
// compiler on both sides. Everything is `static inline`: the system library target has no C
// translation unit of its own.
#ifndef NEWSQ_CEDITLINE_SHIM_H
#define NEWSQ_CEDITLINE_SHIM_H

#include <histedit.h>
#include <locale.h>
#include <stdio.h>

// MARK: - Callback types

/// Prompt callback (EL_PROMPT_ESC): returns the prompt text for the editor.
typedef char *(*newsq_el_prompt_fn)(EditLine *);
/// Editor function (EL_ADDFN): returns one of the CC_* codes.
typedef unsigned char (*newsq_el_command_fn)(EditLine *, int);
/// Character reader (EL_GETCFN): stores one character, returns 1, 0 at end of input, -1 on error.
typedef int (*newsq_el_read_fn)(EditLine *, wchar_t *);

// MARK: - Standard streams (the C globals are not concurrency-safe to name from Swift 6)

static inline FILE *newsq_stdin(void) { return stdin; }
static inline FILE *newsq_stdout(void) { return stdout; }
static inline FILE *newsq_stderr(void) { return stderr; }

/// An always-valid empty prompt, for a prompt callback that has nothing better to return.
static inline char *newsq_empty_prompt(void) {
    static char empty[1] = "";
    return empty;
}

// MARK: - el_set / el_get

/// Prompt with an escape character: text between two `ignore` characters is printed but takes
/// no column (for colour sequences).
static inline int newsq_el_set_prompt(EditLine *e, newsq_el_prompt_fn fn, char ignore) {
    return el_set(e, EL_PROMPT_ESC, fn, ignore);
}
/// Key map: "emacs" or "vi".
static inline int newsq_el_set_editor(EditLine *e, const char *mode) {
    return el_set(e, EL_EDITOR, mode);
}
/// Whether libedit installs its own signal handlers while reading (restores the terminal).
static inline int newsq_el_set_signal(EditLine *e, int flag) {
    return el_set(e, EL_SIGNAL, flag);
}
/// Connects a history list (Up/Down, Ctrl-R).
static inline int newsq_el_set_history(EditLine *e, History *h) {
    return el_set(e, EL_HIST, history, h);
}
/// Registers a named editor function that keys can be bound to.
static inline int newsq_el_add_function(EditLine *e, const char *name, const char *help,
                                        newsq_el_command_fn fn) {
    return el_set(e, EL_ADDFN, name, help, fn);
}
/// Binds a key sequence (e.g. "^I") to an editor function by name.
static inline int newsq_el_bind(EditLine *e, const char *key, const char *function) {
    return el_set(e, EL_BIND, key, function, (const char *)NULL);
}
/// Stores an opaque pointer that callbacks can fetch back.
static inline int newsq_el_set_client_data(EditLine *e, void *data) {
    return el_set(e, EL_CLIENTDATA, data);
}
/// Fetches the pointer stored with newsq_el_set_client_data (NULL when none).
static inline void *newsq_el_get_client_data(EditLine *e) {
    void *data = NULL;
    if (el_get(e, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}
/// Replaces libedit's character reader (NULL restores the built-in one).
static inline int newsq_el_set_reader(EditLine *e, newsq_el_read_fn fn) {
    return el_set(e, EL_GETCFN, fn);
}
/// Puts the terminal into the editor's raw mode now (1) or back to normal (0).
static inline int newsq_el_prepare_terminal(EditLine *e, int raw) {
    return el_set(e, EL_PREP_TERM, raw);
}
/// Redraws the prompt and the line from scratch.
static inline int newsq_el_refresh(EditLine *e) {
    return el_set(e, EL_REFRESH);
}
// MARK: - history

/// Sets the maximum number of entries kept in memory.
static inline int newsq_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
/// Drops an entry equal to the newest one when set to 1.
static inline int newsq_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}
/// Adds a new newest entry.
static inline int newsq_history_enter(History *h, const char *entry) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, entry);
}
/// Removes every entry.
static inline int newsq_history_clear(History *h) {
    HistEvent ev;
    return history(h, &ev, H_CLEAR);
}
/// Number of entries.
static inline int newsq_history_count(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) != 0) return 0;
    return ev.num;
}
/// Moves to the newest (H_FIRST) entry; returns its text or NULL.
static inline const char *newsq_history_first(History *h) {
    HistEvent ev;
    return history(h, &ev, H_FIRST) == 0 ? ev.str : NULL;
}
/// Moves to the oldest (H_LAST) entry; returns its text or NULL.
static inline const char *newsq_history_last(History *h) {
    HistEvent ev;
    return history(h, &ev, H_LAST) == 0 ? ev.str : NULL;
}
/// Moves one entry older (H_NEXT); returns its text or NULL at the end.
static inline const char *newsq_history_next(History *h) {
    HistEvent ev;
    return history(h, &ev, H_NEXT) == 0 ? ev.str : NULL;
}
/// Moves one entry newer (H_PREV); returns its text or NULL at the start.
static inline const char *newsq_history_prev(History *h) {
    HistEvent ev;
    return history(h, &ev, H_PREV) == 0 ? ev.str : NULL;
}

#endif
