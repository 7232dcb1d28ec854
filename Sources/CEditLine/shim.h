// libedit for Swift: histedit.h, plus small wrappers around the variadic el_set() and history()
// calls, which Swift cannot call directly. Every wrapper passes exactly the arguments its operation
// takes, as histedit.h documents them.
#ifndef BEREDSKAP_CEDITLINE_SHIM_H
#define BEREDSKAP_CEDITLINE_SHIM_H

#include <histedit.h>
#include <locale.h>
#include <stdio.h>

typedef char *(*beredskap_prompt_function)(EditLine *);
typedef unsigned char (*beredskap_editor_function)(EditLine *, int);

// An editor on the standard streams (which Swift cannot name safely: they are C globals).
static inline EditLine *beredskap_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline int beredskap_el_set_prompt(EditLine *editor, beredskap_prompt_function prompt) {
    return el_set(editor, EL_PROMPT, prompt);
}

static inline int beredskap_el_set_editor(EditLine *editor, const char *mode) {
    return el_set(editor, EL_EDITOR, mode);
}

static inline int beredskap_el_set_signal(EditLine *editor, int handle) {
    return el_set(editor, EL_SIGNAL, handle);
}

static inline int beredskap_el_set_history(EditLine *editor, History *list) {
    return el_set(editor, EL_HIST, history, list);
}

static inline int beredskap_el_add_function(
    EditLine *editor, const char *name, const char *help, beredskap_editor_function function) {
    return el_set(editor, EL_ADDFN, name, help, function);
}

static inline int beredskap_el_bind(EditLine *editor, const char *key, const char *function) {
    return el_set(editor, EL_BIND, key, function, NULL);
}

// Where libedit reads a character from: `function`, or its own reader when `function` is NULL.
static inline int beredskap_el_set_getcfn(EditLine *editor, el_rfunc_t function) {
    return el_set(editor, EL_GETCFN, function);
}

// Draws the prompt and the line being edited again, from the cursor's place on the screen.
static inline int beredskap_el_refresh(EditLine *editor) {
    return el_set(editor, EL_REFRESH);
}

static inline int beredskap_history_set_size(History *list, HistEvent *event, int size) {
    return history(list, event, H_SETSIZE, size);
}

static inline int beredskap_history_set_unique(History *list, HistEvent *event, int unique) {
    return history(list, event, H_SETUNIQUE, unique);
}

static inline int beredskap_history_enter(History *list, HistEvent *event, const char *line) {
    return history(list, event, H_ENTER, line);
}

static inline int beredskap_history_load(History *list, HistEvent *event, const char *file) {
    return history(list, event, H_LOAD, file);
}

static inline int beredskap_history_save(History *list, HistEvent *event, const char *file) {
    return history(list, event, H_SAVE, file);
}

static inline History *beredskap_history_init(void) {
    return history_init();
}

#endif
