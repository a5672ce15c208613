#!/usr/bin/env bash
# The deployment without vagrant-aws: the AWS CLI v2 creates the security group and the three instances, then
# writes ansible/inventory.yml for the same playbook. Works with any credentials the CLI accepts (SSO,
# credential_process, static keys), unlike vagrant-aws, which reads only static keys.
#
#   src/deploy/aws-cli-fallback.sh security-group   create (or find) the group: 22 from you, 80 and 443 from
#                                                   anywhere, 7070 only between members of the group
#   src/deploy/aws-cli-fallback.sh up               start user, event and transaction (t3.micro) and write
#                                                   ansible/inventory.yml
#   src/deploy/aws-cli-fallback.sh inventory        rewrite ansible/inventory.yml from the running instances
#   src/deploy/aws-cli-fallback.sh down             terminate the three instances
#
# Environment: AWS_REGION (and AWS_PROFILE or other CLI credentials), AWS_KEYPAIR_NAME, AWS_PRIVATE_KEY_PATH,
# optional AWS_SUBNET_ID (default: the first subnet of the default VPC), AWS_SECURITY_GROUP (default: the group
# named geventator), AWS_INSTANCE_TYPE (t3.micro), AWS_AMI (default: Canonical's current Ubuntu 24.04 for
# AWS_ARCH, amd64 or arm64), SSH_CIDR (default: this machine's public address /32).
#
# Not run on the build machine (no AWS account, no network to AWS); it passes shellcheck in CI.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
roles=(user event transaction)
: "${AWS_REGION:?set AWS_REGION}"
export AWS_REGION
arch=${AWS_ARCH:-amd64}
group_name=geventator

default_vpc() {
  aws ec2 describe-vpcs --filters Name=is-default,Values=true --query 'Vpcs[0].VpcId' --output text
}

security_group_id() {
  if [[ -n ${AWS_SECURITY_GROUP:-} ]]; then
    echo "$AWS_SECURITY_GROUP"
    return
  fi
  aws ec2 describe-security-groups --filters "Name=group-name,Values=$group_name" \
    --query 'SecurityGroups[0].GroupId' --output text
}

allow() {
  # An existing identical rule is not an error: re-running the command changes nothing.
  aws ec2 authorize-security-group-ingress --group-id "$1" --ip-permissions "$2" >/dev/null 2>&1 \
    || echo "  (rule already present: $2)"
}

create_security_group() {
  local vpc sg cidr
  vpc=$(default_vpc)
  sg=$(security_group_id)
  if [[ -z $sg || $sg == None ]]; then
    sg=$(aws ec2 create-security-group --group-name "$group_name" --description "GEventator roles" \
      --vpc-id "$vpc" --query GroupId --output text)
  fi
  cidr=${SSH_CIDR:-$(curl -fsS https://checkip.amazonaws.com)/32}
  allow "$sg" "IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=$cidr,Description=ssh}]"
  allow "$sg" "IpProtocol=tcp,FromPort=80,ToPort=80,IpRanges=[{CidrIp=0.0.0.0/0,Description=acme}]"
  allow "$sg" "IpProtocol=tcp,FromPort=443,ToPort=443,IpRanges=[{CidrIp=0.0.0.0/0,Description=https}]"
  allow "$sg" "IpProtocol=tcp,FromPort=7070,ToPort=7070,UserIdGroupPairs=[{GroupId=$sg,Description=roles}]"
  echo "export AWS_SECURITY_GROUP=$sg"
}

ubuntu_ami() {
  if [[ -n ${AWS_AMI:-} ]]; then
    echo "$AWS_AMI"
    return
  fi
  aws ssm get-parameter \
    --name "/aws/service/canonical/ubuntu/server/24.04/stable/current/$arch/hvm/ebs-gp3/ami-id" \
    --query Parameter.Value --output text
}

up() {
  : "${AWS_KEYPAIR_NAME:?set AWS_KEYPAIR_NAME}"
  local ami sg subnet role existing
  ami=$(ubuntu_ami)
  sg=$(security_group_id)
  [[ -n $sg && $sg != None ]] || { echo "no security group: run '$0 security-group' first" >&2; exit 1; }
  subnet=${AWS_SUBNET_ID:-$(aws ec2 describe-subnets --filters "Name=vpc-id,Values=$(default_vpc)" \
    --query 'Subnets[0].SubnetId' --output text)}
  for role in "${roles[@]}"; do
    existing=$(aws ec2 describe-instances --filters Name=tag:Project,Values=geventator "Name=tag:Role,Values=$role" \
      Name=instance-state-name,Values=pending,running --query 'Reservations[].Instances[].InstanceId' --output text)
    if [[ -n $existing ]]; then
      echo "$role: already running ($existing)"
      continue
    fi
    aws ec2 run-instances --image-id "$ami" --instance-type "${AWS_INSTANCE_TYPE:-t3.micro}" \
      --key-name "$AWS_KEYPAIR_NAME" --subnet-id "$subnet" --security-group-ids "$sg" \
      --associate-public-ip-address \
      --block-device-mappings 'DeviceName=/dev/sda1,Ebs={VolumeSize=16,VolumeType=gp3}' \
      --tag-specifications "ResourceType=instance,Tags=[{Key=Name,Value=geventator-$role},{Key=Role,Value=$role},{Key=Project,Value=geventator}]" \
      --query 'Instances[0].InstanceId' --output text | sed "s/^/$role: started /"
  done
  aws ec2 wait instance-running --filters Name=tag:Project,Values=geventator
  inventory
}

inventory() {
  local out=$repo/ansible/inventory.yml role ip
  {
    echo "---"
    echo "# Written by src/deploy/aws-cli-fallback.sh; host names are the role names."
    echo "geventator:"
    echo "  hosts:"
    for role in "${roles[@]}"; do
      ip=$(aws ec2 describe-instances --filters Name=tag:Project,Values=geventator "Name=tag:Role,Values=$role" \
        Name=instance-state-name,Values=running --query 'Reservations[0].Instances[0].PublicIpAddress' --output text)
      echo "    $role:"
      echo "      ansible_host: $ip"
    done
    echo "  vars:"
    echo "    ansible_user: ubuntu"
    echo "    ansible_ssh_private_key_file: ${AWS_PRIVATE_KEY_PATH:-~/.ssh/geventator.pem}"
  } >"$out"
  cat "$out"
  echo "now: ANSIBLE_CONFIG=ansible/ansible.cfg ansible-playbook -i ansible/inventory.yml ansible/site.yml"
}

down() {
  local ids
  ids=$(aws ec2 describe-instances --filters Name=tag:Project,Values=geventator \
    Name=instance-state-name,Values=pending,running,stopped --query 'Reservations[].Instances[].InstanceId' --output text)
  [[ -z $ids ]] && { echo "nothing to terminate"; return; }
  read -r -a list <<<"$ids"
  aws ec2 terminate-instances --instance-ids "${list[@]}" --query 'TerminatingInstances[].InstanceId' --output text
}

case ${1:-} in
  security-group) create_security_group ;;
  up) up ;;
  inventory) inventory ;;
  down) down ;;
  *)
    sed -n '2,20p' "$0"
    exit 2
    ;;
esac
