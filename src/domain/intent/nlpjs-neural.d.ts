// Types for @nlpjs/neural (plain JavaScript): NLP.js's one-layer network, one perceptron per label.
declare module '@nlpjs/neural' {
  export interface NeuralNetworkSettings {
    iterations?: number;
    errorThresh?: number;
    deltaErrorThresh?: number;
    learningRate?: number;
    momentum?: number;
    alpha?: number;
    log?: boolean | ((status: { iterations: number; error: number }, ms: number) => void);
  }
  export interface TrainingExample {
    input: Record<string, number>;
    output: Record<string, number>;
  }
  export class NeuralNetwork {
    constructor(settings?: NeuralNetworkSettings);
    train(corpus: TrainingExample[]): { error: number; deltaError: number; iterations: number };
    /** The output of every label; the same object is reused by the next call. */
    run(input: Record<string, number>): Record<string, number> | undefined;
    explain(input: Record<string, number>, label: string): { weights: Record<string, number>; bias: number };
  }
}
