// switch_amd64.S — the user-space context switch and a new goroutine's
// first frame, x86-64 System V.
//
// Invariants and why:
//  - gopp_swap(void **save, void *to, uint32_t *inSwitch) pushes the
//    callee-saved registers (rbp, rbx, r12-r15) and the return address on
//    the current stack, stores sp to *save, loads `to` as sp, clears
//    *inSwitch (gc.cpp: a stop-the-world must not see the collector's
//    stack bottom and sp disagree; the flag is cleared only once sp is on
//    the new stack), pops the new stack's registers and returns into it.
//    Everything else is caller-saved, so the C++ caller spills it. MXCSR
//    and the x87 control word are not switched: nothing in gopp changes
//    them.
//  - A new goroutine's stack is built by initContext (sched.cpp): six zero
//    registers and gopp_gstart as the return address, placed so that
//    gopp_gstart's call sees a 16-byte aligned sp (SysV).
//  - gopp_gstart is the bottom of every goroutine stack. Its CFI marks the
//    return address undefined, so unwinders (C++ exceptions, debuggers,
//    backtraces) stop here; the C++ entry catches everything above it.
#if defined(__x86_64__)
        .text
        .p2align 4
        .globl  gopp_swap
        .hidden gopp_swap
        .type   gopp_swap, @function
gopp_swap:
        .cfi_startproc
        pushq   %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        movq    %rsp, (%rdi)
        movq    %rsi, %rsp
        movl    $0, (%rdx)
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        ret
        .cfi_endproc
        .size   gopp_swap, .-gopp_swap

        .p2align 4
        .globl  gopp_gstart
        .hidden gopp_gstart
        .type   gopp_gstart, @function
gopp_gstart:
        .cfi_startproc
        .cfi_undefined rip
        xorl    %ebp, %ebp
        call    gopp_goroutine_entry
        ud2
        .cfi_endproc
        .size   gopp_gstart, .-gopp_gstart
#endif
        .section .note.GNU-stack,"",@progbits
