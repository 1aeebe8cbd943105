package dev.geobacter.cuda.testing;

/** Small PTX modules written by hand, independent of the code generator. */
public final class HandWrittenPtx {
  /** {@code add_one(int* data, int n)}: {@code data[i] += 1} for every {@code i < n}. */
  public static final String ADD_ONE = """
      .version 7.8
      .target sm_50
      .address_size 64

      .visible .entry add_one(
      \t.param .u64 add_one_param_0,
      \t.param .u32 add_one_param_1
      )
      {
      \t.reg .pred %p<2>;
      \t.reg .b32 %r<8>;
      \t.reg .b64 %rd<5>;

      \tld.param.u64 %rd1, [add_one_param_0];
      \tld.param.u32 %r2, [add_one_param_1];
      \tmov.u32 %r3, %ctaid.x;
      \tmov.u32 %r4, %ntid.x;
      \tmov.u32 %r5, %tid.x;
      \tmad.lo.s32 %r1, %r3, %r4, %r5;
      \tsetp.ge.s32 %p1, %r1, %r2;
      \t@%p1 bra DONE;
      \tcvta.to.global.u64 %rd2, %rd1;
      \tmul.wide.s32 %rd3, %r1, 4;
      \tadd.s64 %rd4, %rd2, %rd3;
      \tld.global.u32 %r6, [%rd4];
      \tadd.s32 %r7, %r6, 1;
      \tst.global.u32 [%rd4], %r7;
      DONE:
      \tret;
      }
      """;

  /** Uses registers it never declared: line 7 is rejected by every PTX compiler. */
  public static final String BROKEN = """
      .version 7.8
      .target sm_50
      .address_size 64

      .visible .entry broken()
      {
      \tadd.s32 %r1, %r2, 1;
      \tret;
      }
      """;

  private HandWrittenPtx() {}
}
