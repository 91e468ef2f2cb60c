/* Unit tests of the evaluator through eval.h: laziness, sharing of thunks,
 * error kinds, tryEval's undoing of blackholes, the depth limit. */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"

typedef struct Job {
    const char *src;   /* expression */
    bool json;         /* print as JSON */
    StrBuf out;        /* result */
} Job;

static void run(Vm *vm, void *arg) {
    Job *j = arg;
    Value *v = eval_string(vm, "<test>", "/", j->src, strlen(j->src));
    if (j->json) print_json(vm, &j->out, v, span_make(0, 0, 0));
    else print_value(vm, &j->out, v, span_make(0, 0, 0));
}

/* Evaluates `src`; returns the printed value, or NULL with *msg set. */
static char *eval_here(const char *src, char **msg) {
    static Vm vm;
    vm_init(&vm);
    vm.trace_to_stderr = false;
    Job j = {src, false, {0}};
    EvalError err;
    char *res = NULL;
    if (eval_try(&vm, run, &j, &err)) {
        res = strdup(j.out.data ? j.out.data : "");
    } else if (msg) {
        *msg = strdup(err.diag ? err.diag->msg : "");
    }
    if (!res) {
        for (uint32_t i = 0; i < err.nextra; i++) diag_free(err.extra[i]);
        free(err.extra);
        diag_free(err.diag);
    }
    free(j.out.data);
    vm_free(&vm);
    return res;
}

typedef struct Call { const char *src; char **msg; char *res; } Call;

static void *call_main(void *p) {
    Call *c = p;
    c->res = eval_here(c->src, c->msg);
    return NULL;
}

/* eval_here on a thread with a stack as large as vmc's own (main.c), so the
 * evaluator's depth limit is reached before the C stack runs out. */
static char *eval_ok(const char *src, char **msg) {
    Call c = {src, msg, NULL};
    pthread_attr_t attr;
    pthread_t th;
    cr_assert(pthread_attr_init(&attr) == 0);
    cr_assert(pthread_attr_setstacksize(&attr, (size_t)1 << 30) == 0);
    cr_assert(pthread_create(&th, &attr, call_main, &c) == 0);
    pthread_join(th, NULL);
    return c.res;
}

static void expect(const char *src, const char *want) {
    char *msg = NULL;
    char *got = eval_ok(src, &msg);
    cr_assert(got != NULL, "%s: error: %s", src, msg ? msg : "?");
    cr_assert_str_eq(got, want, "%s", src);
    free(got);
    free(msg);
}

static void expect_error(const char *src, const char *needle) {
    char *msg = NULL;
    char *got = eval_ok(src, &msg);
    cr_assert(got == NULL, "%s: expected an error, got %s", src, got);
    cr_assert(msg && strstr(msg, needle), "%s: message '%s' lacks '%s'", src, msg ? msg : "", needle);
    free(msg);
}

Test(eval, lazy_bindings_and_arguments) {
    expect("let x = throw \"unused\"; in 1", "1");
    expect("(a: b: b) (throw \"lazy\") 2", "2");
    expect("builtins.length [ (throw \"a\") (throw \"b\") ]", "2");
    expect("{ a = 1; b = throw \"no\"; }.a", "1");
}

Test(eval, thunk_forced_once) {
    /* If the shared thunk were evaluated twice, tryEval of the second use
     * would see a fresh throw; instead both uses share one value. */
    expect("let x = builtins.seq 1 [ 1 2 ]; in (builtins.length x) + (builtins.length x)", "4");
}

Test(eval, infinite_recursion_is_detected) {
    expect_error("let x = x; in x", "infinite recursion encountered");
    expect_error("rec { a = b; b = a; }.a", "infinite recursion encountered");
}

Test(eval, tryEval_restores_thunks) {
    /* The thunk that threw under tryEval is evaluated again when forced
     * later, and throws again rather than claiming infinite recursion. */
    expect_error("let x = throw \"again\"; t = builtins.tryEval x; in builtins.seq t x", "again");
    expect("(builtins.tryEval (throw \"x\")).success", "false");
}

Test(eval, depth_limit_is_an_error_not_a_crash) {
    expect_error("let f = n: 1 + f (n + 1); in f 0", "stack overflow");
}

Test(eval, integer_overflow) {
    expect_error("9223372036854775807 + 1", "integer overflow");
    expect_error("(-9223372036854775807 - 1) * -1", "integer overflow");
    expect("9223372036854775807 - 1", "9223372036854775806");
}

Test(eval, with_and_lexical_scope) {
    expect("let x = 1; in with { x = 2; y = 3; }; [ x y ]", "[ 1 3 ]");
    expect("with { a = 1; }; with { a = 2; }; a", "2");
}

Test(eval, attribute_order_is_by_name) {
    expect("{ b = 1; a = 2; B = 3; \"a b\" = 4; }", "{ B = 3; a = 2; \"a b\" = 4; b = 1; }");
}

Test(eval, property_constructors_print_as_functions) {
    /* The internal builtins behind lib.mkIf and friends stand in for
     * lambdas: printed as <LAMBDA>, partial applications too, while a real
     * built-in stays <PRIMOP> / <PRIMOP-APP>. */
    expect("[ __vmcMkIf (__vmcMkIf true) __vmcMkMerge (__vmcMkOverride 1000) __vmcMkOrder builtins.map (builtins.add 1) ]",
           "[ <LAMBDA> <LAMBDA> <LAMBDA> <LAMBDA> <LAMBDA> <PRIMOP> <PRIMOP-APP> ]");
    expect("__vmcMkIf true 1", "{ _type = \"if\"; condition = true; content = 1; }");
    expect("__vmcMkOrder 500 [ ]", "{ _type = \"order\"; content = [ ]; priority = 500; }");
    expect("builtins.typeOf (__vmcMkOverride 50)", "\"lambda\"");
    expect_error("builtins.toJSON (__vmcMkOrder 1500)", "cannot convert a function to JSON");
    expect_error("builtins.toJSON builtins.map", "cannot convert the built-in function 'map' to JSON");
    expect_error("1 + __vmcMkMerge", "cannot add a function to an integer");
}
