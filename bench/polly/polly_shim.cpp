// Runs a new-pass-manager pipeline with Polly's passes registered, which LLVMRunPasses never does.
// Built outside the Maven build by build-shim.sh; loaded by the experimental Optimizer hook.
#include "llvm-c/Core.h"
#include "llvm-c/TargetMachine.h"
#include "llvm/IR/Module.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Target/TargetMachine.h"
#include "polly/RegisterPasses.h"
#include <cstring>
#include <string>

extern "C" char *geobacter_polly_run_passes(LLVMModuleRef moduleRef, const char *pipeline,
                                            LLVMTargetMachineRef machineRef) {
  llvm::Module *module = llvm::unwrap(moduleRef);
  auto *machine = reinterpret_cast<llvm::TargetMachine *>(machineRef);
  llvm::PipelineTuningOptions tuning;
  tuning.LoopVectorization = true;
  tuning.SLPVectorization = true;
  llvm::PassBuilder builder(machine, tuning);
  polly::registerPollyPasses(builder);  // parse callbacks (polly-*) and, under -polly, pipeline hooks

  llvm::LoopAnalysisManager loops;
  llvm::FunctionAnalysisManager functions;
  llvm::CGSCCAnalysisManager sccs;
  llvm::ModuleAnalysisManager modules;
  builder.registerModuleAnalyses(modules);
  builder.registerCGSCCAnalyses(sccs);
  builder.registerFunctionAnalyses(functions);
  builder.registerLoopAnalyses(loops);
  builder.crossRegisterProxies(loops, functions, sccs, modules);

  llvm::ModulePassManager passes;
  if (llvm::Error error = builder.parsePassPipeline(passes, pipeline))
    return strdup(llvm::toString(std::move(error)).c_str());
  passes.run(*module, modules);
  return nullptr;
}

extern "C" void geobacter_polly_dispose_message(char *message) { free(message); }
