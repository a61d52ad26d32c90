import { describe, expect, it } from 'vitest';
import { unwrap } from './normalize.ts';

const MSG = 'Fargate only supports network mode \u2018awsvpc\u2019.';

describe('unwrap', () => {
  it.each([
    [
      'cli',
      `An error occurred (ClientException) when calling the RegisterTaskDefinition operation: ${MSG}`,
      'ClientException',
    ],
    [
      'java',
      `${MSG} (Service: AmazonECS; Status Code: 400; Error Code: InvalidParameterException; Request ID: 1)`,
      'InvalidParameterException',
    ],
    ['cloudformation', `Invalid request provided: Create TaskDefinition: ${MSG}`, undefined],
    ['terraform', `Error: creating ECS Task Definition (web): ClientException: ${MSG}`, undefined],
    ['go', `ClientException: ${MSG}\n\tstatus code: 400, request id: 1`, 'ClientException'],
    ['js', `UnexpectedParameter: Unexpected key 'x' found in params`, 'UnexpectedParameter'],
    ['ruby', 'expected params[:family] to be a String', undefined],
  ])('recognises the %s wrapping', (layer, text, exception) => {
    const u = unwrap(text);
    expect(u.layer).toBe(layer);
    expect(u.exception).toBe(exception);
  });

  it('makes quotes and escapes plain', () => {
    expect(unwrap(MSG).text).toBe("Fargate only supports network mode 'awsvpc'.");
    expect(unwrap('say \\"hi\\"\\nnext &#39;x&#39;').text).toBe('say "hi"\nnext \'x\'');
    expect(unwrap('plain text').layer).toBeUndefined();
  });
});
