// switch_arm64.S — the user-space context switch and a new goroutine's
// first frame, AArch64 (AAPCS64). Same contract as switch_amd64.S:
//  - gopp_swap(void **save, void *to, uint32_t *inSwitch) saves x19-x30
//    and d8-d15 in a 176-byte frame at sp, stores sp to *save, moves sp
//    to `to`, clears *inSwitch, restores the new stack's frame and returns
//    through its x30.
//  - initContext puts gopp_gstart in the x30 slot (offset 88) of a new
//    stack's frame; gopp_gstart's CFI ends unwinding.
#if defined(__aarch64__)
        .text
        .p2align 4
        .globl  gopp_swap
        .hidden gopp_swap
        .type   gopp_swap, %function
gopp_swap:
        .cfi_startproc
        sub     sp, sp, #176
        stp     x19, x20, [sp, #0]
        stp     x21, x22, [sp, #16]
        stp     x23, x24, [sp, #32]
        stp     x25, x26, [sp, #48]
        stp     x27, x28, [sp, #64]
        stp     x29, x30, [sp, #80]
        stp     d8, d9, [sp, #96]
        stp     d10, d11, [sp, #112]
        stp     d12, d13, [sp, #128]
        stp     d14, d15, [sp, #144]
        mov     x9, sp
        str     x9, [x0]
        mov     sp, x1
        str     wzr, [x2]
        ldp     x19, x20, [sp, #0]
        ldp     x21, x22, [sp, #16]
        ldp     x23, x24, [sp, #32]
        ldp     x25, x26, [sp, #48]
        ldp     x27, x28, [sp, #64]
        ldp     x29, x30, [sp, #80]
        ldp     d8, d9, [sp, #96]
        ldp     d10, d11, [sp, #112]
        ldp     d12, d13, [sp, #128]
        ldp     d14, d15, [sp, #144]
        add     sp, sp, #176
        ret
        .cfi_endproc
        .size   gopp_swap, .-gopp_swap

        .p2align 4
        .globl  gopp_gstart
        .hidden gopp_gstart
        .type   gopp_gstart, %function
gopp_gstart:
        .cfi_startproc
        .cfi_undefined x30
        mov     x29, #0
        bl      gopp_goroutine_entry
        brk     #0
        .cfi_endproc
        .size   gopp_gstart, .-gopp_gstart
#endif
        .section .note.GNU-stack,"",%progbits
